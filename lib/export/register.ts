/** The rumour register to JSON (re-importable as it is) and CSV (for spreadsheets). */
import Papa from 'papaparse';
import type { RegisterEntry } from './types';

const FIELDS = ['id', 'statement', 'variants', 'keywords', 'lang', 'status', 'correctionText', 'correctionLink', 'replyIds', 'severity', 'owner', 'active', 'createdAt', 'updatedAt'] as const;

/** A JSON array with the fields the register import reads (lib/db parseClaimImport), in a fixed order. */
export function registerToJson(entries: RegisterEntry[]): string {
  return `${JSON.stringify(entries.map((e) => Object.fromEntries(FIELDS.map((f) => [f, e[f]]))), null, 2)}\n`;
}

/** Separator of list cells (variants, keywords, reply ids) in CSV. */
export const LIST_SEPARATOR = ' | ';

/**
 * CSV, one row per claim; lists joined with " | ". Cells that a spreadsheet would run as a formula
 * (=, +, -, @ first) are prefixed with a quote (papaparse escapeFormulae).
 */
export function registerToCsv(entries: RegisterEntry[]): string {
  const rows = entries.map((e) => ({
    ...Object.fromEntries(FIELDS.map((f) => [f, e[f]])),
    variants: e.variants.join(LIST_SEPARATOR),
    keywords: e.keywords.join(LIST_SEPARATOR),
    replyIds: e.replyIds.join(LIST_SEPARATOR),
    active: e.active ? 'true' : 'false',
  }));
  return Papa.unparse({ fields: [...FIELDS], data: rows.map((r) => FIELDS.map((f) => (r as Record<string, unknown>)[f])) }, { escapeFormulae: true, newline: '\r\n' });
}
