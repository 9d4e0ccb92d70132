/** Loads the labelled data from ../shared/data (see its README) into typed rows. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from '../lib/jsonl';

export interface Row {
  text: string;
  lang: string;
  /** 1 = positive (hostile / rumour), 0 = negative. */
  y: 0 | 1;
  label: string;
  source: string;
  event?: string;
  /** RumourEval replies, kept only for the record (not used as features in training). */
  id: string;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = path.resolve(repoRoot, '../shared/data');

export function loadRows(file: string, positive: string, negative: string): Row[] {
  const out: Row[] = [];
  for (const { line, row } of readJsonl(path.join(dataDir, file))) {
    const label = String(row.label);
    if (label !== positive && label !== negative) continue;
    if (typeof row.text !== 'string') throw new Error(`${file}: line ${line}: text is not a string`);
    out.push({
      text: row.text,
      lang: String(row.lang ?? ''),
      y: label === positive ? 1 : 0,
      label,
      source: String(row.source ?? ''),
      event: typeof row.event === 'string' ? row.event : undefined,
      id: String(row.id ?? line),
    });
  }
  return out;
}
