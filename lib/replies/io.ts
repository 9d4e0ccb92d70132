/**
 * Import and export of the reply library as JSON (lossless) and CSV (for spreadsheets).
 *
 * Import is all-or-nothing and two-step: parseImport* validates the whole file and returns either
 * every error found (each naming its row and field) or a plan (what would be added, updated, left
 * alone, and which records conflict with the library); applyImportPlan then produces the new
 * library, and refuses while any conflict is unresolved. Nothing is written by this module: the
 * caller saves the returned records in one transaction.
 *
 * Row numbers: in JSON, the reply's position in the file's list (1 = first); in CSV, the
 * spreadsheet row (1 = the header, 2 = the first reply).
 */
import Papa from 'papaparse';
import { newReplyId } from './edit';
import { MAX_TITLE_CHARS, ReplySchema, type Reply } from './schema';

export const IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 10_000,
  /** Past this, one last error says how many more there were: a list of 10,000 errors helps no one. */
  maxErrors: 50,
} as const;

export const EXPORT_FORMAT = 'vigie-replies';
export const EXPORT_FORMAT_VERSION = 1;

export interface ImportError {
  row: number | null;
  field: string | null;
  /** Complete sentence in English, naming the row and field when there are some. */
  message: string;
}

export type ConflictReason = 'same-version' | 'older' | 'diverged';

export interface ImportConflict {
  id: string;
  existing: Reply;
  incoming: Reply;
  reason: ConflictReason;
  /** English explanation for the preview. */
  message: string;
}

export interface ImportPlan {
  added: Reply[];
  updated: Array<{ before: Reply; after: Reply }>;
  unchanged: number;
  conflicts: ImportConflict[];
}

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; errors: ImportError[] };

export type ConflictResolution = 'keep' | 'replace' | 'keep-both';

export class ImportApplyError extends Error {
  constructor(
    message: string,
    /** Ids of the conflicts that still need a decision, when that is the problem. */
    readonly unresolved: string[] = [],
  ) {
    super(message);
    this.name = 'ImportApplyError';
  }
}

export interface ImportOptions {
  /** Stamped on records whose file lacks createdAt/updatedAt (a hand-made spreadsheet). */
  now?: Date;
}

// ---------------------------------------------------------------- export

export function exportJson(replies: readonly Reply[], now: Date = new Date()): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), replies },
    null,
    2,
  );
}

/** Every Reply field, in export order. Lists are joined with '|'; history is a JSON cell. */
export const CSV_COLUMNS = [
  'id', 'title', 'body', 'lang', 'categories', 'claimIds', 'platforms', 'tags', 'status', 'version',
  'approvedBy', 'approvedAt', 'expiresAt', 'createdAt', 'updatedAt', 'updatedBy', 'useCount', 'lastUsedAt', 'history',
] as const satisfies ReadonlyArray<keyof Reply>;
type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED_CSV_COLUMNS: CsvColumn[] = ['id', 'title', 'body', 'lang', 'categories', 'status'];
const LIST_COLUMNS = new Set<CsvColumn>(['categories', 'claimIds', 'platforms', 'tags']);
const INT_COLUMNS = new Set<CsvColumn>(['version', 'useCount']);
const NULLABLE_COLUMNS = new Set<CsvColumn>(['approvedBy', 'approvedAt', 'expiresAt', 'updatedBy', 'lastUsedAt']);
/** Spreadsheets run a cell starting with these as a formula; the export prefixes them with "'". */
const FORMULA_START = /^'[=+\-@\t\r]/;

/**
 * CSV with a UTF-8 byte-order mark (Excel otherwise mangles accents) and formula-looking cells
 * quoted with a leading apostrophe (a reply starting with "=" or "@" must not run as a formula);
 * parseImportCsv undoes both.
 */
export function exportCsv(replies: readonly Reply[]): string {
  const rows = replies.map((r) =>
    CSV_COLUMNS.map((c) => {
      const v = r[c];
      if (c === 'history') return r.history.length ? JSON.stringify(r.history) : '';
      if (Array.isArray(v)) return v.join('|');
      return v === null ? '' : String(v);
    }),
  );
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

// ---------------------------------------------------------------- import: shared

function errorAt(row: number | null, field: string | null, problem: string): ImportError {
  const where = [row !== null ? `Row ${row}` : null, field !== null ? `field "${field}"` : null].filter(Boolean).join(', ');
  return { row, field, message: where ? `${where}: ${problem}` : problem.charAt(0).toUpperCase() + problem.slice(1) };
}

function capErrors(errors: ImportError[]): ImportError[] {
  if (errors.length <= IMPORT_LIMITS.maxErrors) return errors;
  const more = errors.length - IMPORT_LIMITS.maxErrors;
  return [...errors.slice(0, IMPORT_LIMITS.maxErrors), errorAt(null, null, `…and ${more} more errors.`)];
}

function tooLarge(text: string): ImportError | null {
  // Every character is at least one byte: the cheap test settles the huge cases without encoding.
  const bytes = text.length > IMPORT_LIMITS.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes <= IMPORT_LIMITS.maxBytes) return null;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return errorAt(null, null, `The file is too large (${mb(bytes)} MB); the limit is ${mb(IMPORT_LIMITS.maxBytes)} MB. Split it into smaller files.`);
}

function tooManyRows(count: number): ImportError | null {
  if (count <= IMPORT_LIMITS.maxRows) return null;
  return errorAt(null, null, `The file has ${count} replies; the limit is ${IMPORT_LIMITS.maxRows}. Split it into smaller files.`);
}

const KNOWN_FIELDS = new Set<string>(CSV_COLUMNS);

/** Validates candidate records (row numbers given) and plans them against the library. */
function validateAndPlan(
  candidates: Array<{ row: number; record: Record<string, unknown> }>,
  existing: readonly Reply[],
  errors: ImportError[],
  now: Date,
): ImportResult {
  const parsed: Array<{ row: number; reply: Reply }> = [];
  const firstRowOfId = new Map<string, number>();
  for (const { row, record } of candidates) {
    for (const key of Object.keys(record)) {
      if (!KNOWN_FIELDS.has(key)) errors.push(errorAt(row, key, `unknown field "${key}" (expected one of: ${CSV_COLUMNS.join(', ')}).`));
    }
    const stamped = { ...record };
    for (const f of ['createdAt', 'updatedAt'] as const) {
      if (stamped[f] === undefined || stamped[f] === '' || stamped[f] === null) stamped[f] = now.toISOString();
    }
    const result = ReplySchema.safeParse(stamped);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : null;
        errors.push(errorAt(row, field, `${issue.message}.`));
      }
      continue;
    }
    const id = result.data.id;
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined) {
      errors.push(errorAt(row, 'id', `id "${id}" appears twice, in rows ${earlier} and ${row}; each reply needs its own id.`));
      continue;
    }
    firstRowOfId.set(id, row);
    parsed.push({ row, reply: result.data });
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  return { ok: true, plan: planImport(parsed.map((p) => p.reply), existing) };
}

/** Fields that make two copies of a reply the same reply; use counts are local and merge instead. */
const CONTENT_FIELDS = [
  'title', 'body', 'lang', 'categories', 'claimIds', 'platforms', 'tags', 'status', 'version', 'history',
  'updatedBy', 'approvedBy', 'approvedAt', 'expiresAt', 'createdAt', 'updatedAt',
] as const satisfies ReadonlyArray<keyof Reply>;

function sameContent(a: Reply, b: Reply): boolean {
  return CONTENT_FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));
}

/** Use statistics are per install: keep the larger count and the latest use of the two. */
function mergeUsage(target: Reply, other: Reply): Reply {
  const lastUsedAt =
    target.lastUsedAt && other.lastUsedAt
      ? (Date.parse(target.lastUsedAt) >= Date.parse(other.lastUsedAt) ? target.lastUsedAt : other.lastUsedAt)
      : (target.lastUsedAt ?? other.lastUsedAt);
  return { ...target, useCount: Math.max(target.useCount, other.useCount), lastUsedAt };
}

/** The file's record was edited from the library's version: its history holds our version's words. */
function extendsExisting(incoming: Reply, existing: Reply): boolean {
  if (incoming.version <= existing.version) return false;
  const h = incoming.history.find((e) => e.version === existing.version);
  return h !== undefined && h.title === existing.title && h.body === existing.body;
}

export function planImport(incoming: readonly Reply[], existing: readonly Reply[]): ImportPlan {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: 0, conflicts: [] };
  for (const reply of incoming) {
    const current = byId.get(reply.id);
    if (!current) plan.added.push(reply);
    else if (sameContent(reply, current)) plan.unchanged++;
    else if (extendsExisting(reply, current)) plan.updated.push({ before: current, after: mergeUsage(reply, current) });
    else plan.conflicts.push(describeConflict(current, reply));
  }
  return plan;
}

function describeConflict(existing: Reply, incoming: Reply): ImportConflict {
  const base = { id: existing.id, existing, incoming };
  const name = `"${existing.title}" (${existing.id})`;
  if (incoming.version === existing.version) {
    return { ...base, reason: 'same-version', message: `${name}: the file and the library both have version ${existing.version}, with different content.` };
  }
  if (incoming.version < existing.version) {
    return { ...base, reason: 'older', message: `${name}: the file has version ${incoming.version}, older than the library's version ${existing.version}.` };
  }
  return {
    ...base,
    reason: 'diverged',
    message: `${name}: the file's version ${incoming.version} was not edited from the library's version ${existing.version}; both were changed separately.`,
  };
}

// ---------------------------------------------------------------- import: JSON

export function parseImportJson(text: string, existing: readonly Reply[], opts: ImportOptions = {}): ImportResult {
  const big = tooLarge(text);
  if (big) return { ok: false, errors: [big] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [errorAt(null, null, `The file is not valid JSON (${(e as Error).message}).`)] };
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object') {
    const env = data as Record<string, unknown>;
    if (env.format !== undefined && env.format !== EXPORT_FORMAT) {
      return { ok: false, errors: [errorAt(null, 'format', `This is not a Vigie reply library (format "${String(env.format)}", expected "${EXPORT_FORMAT}").`)] };
    }
    if (typeof env.formatVersion === 'number' && env.formatVersion > EXPORT_FORMAT_VERSION) {
      return { ok: false, errors: [errorAt(null, 'formatVersion', `The file was written by a newer Vigie (format version ${env.formatVersion}); update Vigie to import it.`)] };
    }
    list = env.replies;
  }
  if (!Array.isArray(list)) {
    return { ok: false, errors: [errorAt(null, 'replies', 'Expected a list of replies: either a JSON array or an object with a "replies" array.')] };
  }
  const many = tooManyRows(list.length);
  if (many) return { ok: false, errors: [many] };
  const errors: ImportError[] = [];
  const candidates: Array<{ row: number; record: Record<string, unknown> }> = [];
  list.forEach((item, i) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) candidates.push({ row: i + 1, record: item as Record<string, unknown> });
    else errors.push(errorAt(i + 1, null, 'expected a reply object.'));
  });
  return validateAndPlan(candidates, existing, errors, opts.now ?? new Date());
}

// ---------------------------------------------------------------- import: CSV

function csvCell(column: CsvColumn, raw: string, row: number, errors: ImportError[]): unknown {
  const cell = FORMULA_START.test(raw) ? raw.slice(1) : raw;
  if (LIST_COLUMNS.has(column)) return cell.trim() ? cell.split('|').map((s) => s.trim()) : [];
  if (INT_COLUMNS.has(column)) {
    if (!cell.trim()) return undefined;
    if (!/^\s*\d+\s*$/.test(cell)) {
      errors.push(errorAt(row, column, `expected a whole number, got "${cell.slice(0, 40)}".`));
      return undefined;
    }
    return Number(cell);
  }
  if (column === 'history') {
    if (!cell.trim()) return [];
    try {
      return JSON.parse(cell);
    } catch {
      errors.push(errorAt(row, column, 'history must be the JSON list written by a Vigie export, or empty.'));
      return [];
    }
  }
  if (NULLABLE_COLUMNS.has(column)) return cell.trim() ? cell.trim() : null;
  if (column === 'createdAt' || column === 'updatedAt') return cell.trim() || undefined;
  return cell;
}

export function parseImportCsv(text: string, existing: readonly Reply[], opts: ImportOptions = {}): ImportResult {
  const big = tooLarge(text);
  if (big) return { ok: false, errors: [big] };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, errors: [errorAt(null, null, 'The file is empty: expected a header row and one reply per row.')] };
  // The delimiter is detected (French spreadsheets write ';'); a file too small to tell is read with ','.
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  const problems = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (problems.length) {
    const errors = problems.map((e) =>
      errorAt(typeof e.row === 'number' ? e.row + 1 : null, null, `the CSV cannot be read: ${e.message}.`),
    );
    return { ok: false, errors: capErrors(errors) };
  }
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: false, errors: [errorAt(null, null, 'The file is empty: expected a header row and one reply per row.')] };
  const columns = header.map((h) => h.trim());
  const errors: ImportError[] = [];
  columns.forEach((c, i) => {
    if (!KNOWN_FIELDS.has(c)) errors.push(errorAt(1, c || `column ${i + 1}`, `unknown column "${c}" (expected: ${CSV_COLUMNS.join(', ')}).`));
    else if (columns.indexOf(c) !== i) errors.push(errorAt(1, c, `column "${c}" appears twice.`));
  });
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (!columns.includes(required)) errors.push(errorAt(1, required, `the required column "${required}" is missing.`));
  }
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  const many = tooManyRows(rows.length);
  if (many) return { ok: false, errors: [many] };

  const candidates = rows.map((cells, i) => {
    const row = i + 2;
    if (cells.length !== columns.length) {
      errors.push(errorAt(row, null, `expected ${columns.length} cells like the header, found ${cells.length}.`));
    }
    const record: Record<string, unknown> = {};
    columns.forEach((c, j) => {
      const value = csvCell(c as CsvColumn, cells[j] ?? '', row, errors);
      if (value !== undefined) record[c] = value;
    });
    return { row, record };
  });
  return validateAndPlan(candidates, existing, errors, opts.now ?? new Date());
}

// ---------------------------------------------------------------- apply

function sameRecord(a: Reply, b: Reply): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The library after the import: `existing` with updates applied, conflicts resolved as chosen and
 * new replies appended. Throws ImportApplyError when a conflict has no resolution, or when the
 * library changed since the plan was made (preview again rather than overwrite someone's edit).
 *
 * Resolutions: 'keep' keeps the library's record; 'replace' takes the file's (use counts merged);
 * 'keep-both' keeps ours and adds the file's under a new id, titled "(imported)".
 */
export function applyImportPlan(
  plan: ImportPlan,
  existing: readonly Reply[],
  resolutions: Record<string, ConflictResolution>,
  opts: { newId?: () => string } = {},
): Reply[] {
  const unresolved = plan.conflicts
    .filter((c) => !['keep', 'replace', 'keep-both'].includes(resolutions[c.id] as string))
    .map((c) => c.id);
  if (unresolved.length) {
    throw new ImportApplyError(
      `Choose what to do with ${unresolved.length === 1 ? 'this conflict' : `these ${unresolved.length} conflicts`} before importing: ${unresolved.join(', ')}.`,
      unresolved,
    );
  }
  const byId = new Map(existing.map((r) => [r.id, r]));
  const stale =
    plan.added.some((r) => byId.has(r.id)) ||
    plan.updated.some((u) => !byId.has(u.before.id) || !sameRecord(byId.get(u.before.id)!, u.before)) ||
    plan.conflicts.some((c) => !byId.has(c.id) || !sameRecord(byId.get(c.id)!, c.existing));
  if (stale) throw new ImportApplyError('The library changed since this import was previewed. Preview the import again.');

  const replacements = new Map<string, Reply>();
  for (const u of plan.updated) replacements.set(u.before.id, u.after);
  const extra: Reply[] = [];
  const taken = new Set([...byId.keys(), ...plan.added.map((r) => r.id)]);
  const newId = opts.newId ?? newReplyId;
  for (const c of plan.conflicts) {
    const choice = resolutions[c.id];
    if (choice === 'replace') replacements.set(c.id, mergeUsage(c.incoming, c.existing));
    else if (choice === 'keep-both') {
      let id = newId();
      while (taken.has(id)) id = newId();
      taken.add(id);
      const suffix = ' (imported)';
      extra.push({ ...c.incoming, id, title: c.incoming.title.slice(0, MAX_TITLE_CHARS - suffix.length) + suffix });
    }
  }
  return [...existing.map((r) => replacements.get(r.id) ?? r), ...plan.added, ...extra];
}
