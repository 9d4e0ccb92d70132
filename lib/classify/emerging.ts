/**
 * Emerging rumours: rumour-like comments that matched no register claim, grouped when they say the
 * same thing (near-duplicates: copy-paste chains, small rewordings, typos), so the crisis team sees
 * "12 comments say the Lyon shop is closing" instead of twelve separate flags.
 *
 * Similarity: cosine over character trigrams of the content words (folded, stemmed, stop words out),
 * which tolerates typos, word order and inflection. Candidate pairs share at least one content stem
 * that is not in most items (an inverted index), so a page of thousands of comments is not compared
 * pair by pair. Groups are the connected components of pairs above the threshold.
 */
import { words } from './match/fold';
import { isStopWord, stem } from './match/stem';

export interface EmergingItem {
  id: string;
  text: string;
  /** Rumour score of the item; the highest-scored member represents its group. */
  score?: number;
}

export interface EmergingGroup {
  /** Stable while the group's main words stay the same: "em:" + its most shared stems. */
  key: string;
  /** Text of the member closest to the others (ties: the highest score, then the first given). */
  representative: string;
  ids: string[];
  size: number;
}

export interface EmergingOptions {
  /** Cosine similarity at or above which two items say the same thing. Default 0.55. */
  threshold?: number;
  /** Smallest group returned. Default 2 (a lone comment is not a trend). */
  minSize?: number;
  /** Most groups returned, biggest first. Default 50. */
  limit?: number;
}

const DEFAULTS = { threshold: 0.55, minSize: 2, limit: 50 };
/** Items with fewer content words than this say too little to be grouped. */
const MIN_CONTENT_WORDS = 2;
/** Below this many items every shared stem makes candidates (all pairs are cheap then). */
const MAX_DF_FLOOR = 200;

interface Prepared {
  stems: string[];
  vector: Map<string, number>;
  norm: number;
}

function prepare(text: string): Prepared {
  const stems: string[] = [];
  for (const w of words(text)) if (!isStopWord(w.folded) && !/^\d+$/.test(w.folded)) stems.push(stem(w.folded));
  const vector = new Map<string, number>();
  for (const s of stems) {
    const padded = ` ${s} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      vector.set(g, (vector.get(g) ?? 0) + 1);
    }
  }
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  return { stems: [...new Set(stems)], vector, norm: Math.sqrt(norm) };
}

function cosine(a: Prepared, b: Prepared): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, v] of small.vector) {
    const w = large.vector.get(g);
    if (w !== undefined) dot += v * w;
  }
  return dot / (a.norm * b.norm);
}

function checkOptions(opts: EmergingOptions): Required<EmergingOptions> {
  const o = { ...DEFAULTS, ...opts };
  if (!(o.threshold > 0 && o.threshold <= 1)) throw new RangeError(`threshold must be in (0, 1] (got ${o.threshold})`);
  if (!Number.isInteger(o.minSize) || o.minSize < 1) throw new RangeError(`minSize must be a positive integer (got ${o.minSize})`);
  if (!Number.isInteger(o.limit) || o.limit < 1) throw new RangeError(`limit must be a positive integer (got ${o.limit})`);
  return o;
}

export function groupEmerging(items: EmergingItem[], opts: EmergingOptions = {}): EmergingGroup[] {
  const { threshold, minSize, limit } = checkOptions(opts);
  const prepared = items.map((it) => prepare(it.text));

  // Inverted index over stems; in a big batch, a stem in more than half of the items (the brand)
  // makes no candidates (it would make every pair one).
  const postings = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    if (p.stems.length < MIN_CONTENT_WORDS) return;
    for (const s of p.stems) (postings.get(s) ?? postings.set(s, []).get(s)!).push(i);
  });
  const maxDf = Math.max(MAX_DF_FLOOR, Math.ceil(items.length / 2));

  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const sims = new Map<number, number>(); // item -> sum of its similarities inside the group
  const addSim = (i: number, v: number) => sims.set(i, (sims.get(i) ?? 0) + v);

  const compared = new Set<number>();
  prepared.forEach((p, i) => {
    if (p.stems.length < MIN_CONTENT_WORDS) return;
    compared.clear();
    for (const s of p.stems) {
      const list = postings.get(s)!;
      if (list.length > maxDf) continue;
      for (const j of list) {
        if (j <= i || compared.has(j)) continue;
        compared.add(j);
        const sim = cosine(p, prepared[j]);
        if (sim < threshold) continue;
        parent[find(i)] = find(j);
        addSim(i, sim);
        addSim(j, sim);
      }
    }
  });

  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    if (prepared[i].stems.length < MIN_CONTENT_WORDS) return;
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
  });

  const out: EmergingGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < minSize) continue;
    let rep = members[0];
    for (const m of members) {
      const better = (sims.get(m) ?? 0) - (sims.get(rep) ?? 0) || (items[m].score ?? 0) - (items[rep].score ?? 0);
      if (better > 0) rep = m;
    }
    out.push({ key: groupKey(members.map((m) => prepared[m].stems)), representative: items[rep].text, ids: members.map((m) => items[m].id), size: members.length });
  }
  out.sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
  return out.slice(0, limit);
}

/**
 * The three stems most members share (ties: the longer, more specific stem), sorted: the same story
 * keeps the same key as it grows.
 */
function groupKey(stemLists: string[][]): string {
  const counts = new Map<string, number>();
  for (const list of stemLists) for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([s]) => s).sort();
  return `em:${top.join('|')}`;
}
