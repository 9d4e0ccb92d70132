import Papa from 'papaparse';

/**
 * CSV for spreadsheets. Cells starting with = + - @ are prefixed with a quote (escapeFormulae):
 * comment text and notes come from strangers and must not run as formulas when a colleague opens
 * the file.
 */
export function toCsv(rows: Array<Record<string, unknown>>, columns: string[]): string {
  return Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
