/**
 * Writes the radar's JSONL fixtures (test/fixtures/radar/) from the seeded generators, rows
 * shuffled since the eval must accept them in any order. Run after changing a generator:
 *   npx tsx test/radar/make-fixtures.ts
 * The tests read the files; they do not regenerate them, so the files are what `npm run eval`
 * examples use too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './fixture-specs';
import { prng } from './generators';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/radar');
mkdirSync(dir, { recursive: true });
for (const [name, spec] of Object.entries(FIXTURES)) {
  const rows = spec.build().map((o) => {
    const row: Record<string, string> = { postedAt: o.postedAt, verdict: o.verdict };
    if (o.threadId) row.threadId = o.threadId;
    if (o.claimId) row.claimId = o.claimId;
    return row;
  });
  const rand = prng(name.length * 7919);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  writeFileSync(path.join(dir, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${name}.jsonl: ${rows.length} rows`);
}
