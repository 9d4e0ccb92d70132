import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A malformed input file: the message names the line. Scripts exit with code 2 on it. */
export class InputError extends Error {}

/**
 * Resolves a path given on the command line against the directory the command was started from.
 * `npm run` changes the working directory to the package; it keeps the original in INIT_CWD.
 */
export function resolveUserPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** Reads JSON Lines; each non-blank line must be a JSON object. Errors name the 1-based line number. */
export function readJsonl(file: string): Array<{ line: number; row: Record<string, unknown> }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const rows: Array<{ line: number; row: Record<string, unknown> }> = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new InputError(`${file}: line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError(`${file}: line ${i + 1}: expected a JSON object`);
    }
    rows.push({ line: i + 1, row: parsed as Record<string, unknown> });
  }
  return rows;
}
