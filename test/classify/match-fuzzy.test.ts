import { expect, test } from 'vitest';
import { DeletionIndex, withinEdits } from '../../lib/classify/match/fuzzy';
import { mulberry32 } from '../../scripts/train/prng';

/** Reference: the whole optimal-string-alignment table (a swap of two neighbours is one edit), no shortcut. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Random words over a small alphabet, so that near neighbours (swaps, runs, repeats) are common. */
function randomWords(count: number, seed: number, alphabet = 'abcd', maxLength = 11): string[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, () => {
    let w = '';
    const n = Math.floor(rand() * (maxLength + 1));
    for (let i = 0; i < n; i++) w += alphabet[Math.floor(rand() * alphabet.length)];
    return w;
  });
}

test('withinEdits answers as the full distance does, for one and two edits', () => {
  const ws = randomWords(1500, 7);
  let near = 0;
  for (let i = 0; i + 1 < ws.length; i++) {
    for (const [a, b] of [[ws[i], ws[i + 1]], [ws[i], ws[i].slice(1)], [ws[i], ws[i].replace(/ab/, 'ba')], [ws[i], `${ws[i]}c`.replace(/c(.)/, '$1')]]) {
      for (const max of [0, 1, 2, 3]) {
        const expected = editDistance(a, b) <= max;
        if (expected && a !== b) near++;
        expect([a, b, max, withinEdits(a, b, max)]).toEqual([a, b, max, expected]);
      }
    }
  }
  // The pairs include many true neighbours, not only far ones.
  expect(near).toBeGreaterThan(1000);
});

test('a look-up finds what a scan of every term with the same rules finds, in a reused array', () => {
  const terms = [...new Set(randomWords(400, 11, 'abcde', 12).filter((w) => w.length >= 5))];
  const index = new DeletionIndex();
  terms.forEach((t, id) => index.add(t, id));
  const allowed = (len: number) => (len >= 10 ? 2 : len >= 5 ? 1 : 0);
  let hits = 0;
  let previous: readonly number[] | null = null;
  // Terms with one or two random edits (the neighbours a look-up is for), and unrelated words.
  const rand = mulberry32(17);
  const pick = (s: string) => Math.floor(rand() * s.length);
  const edit = (t: string) => {
    const i = pick(t), c = 'abcde'[pick('abcde')];
    const r = rand();
    return r < 0.3 ? t.slice(0, i) + t.slice(i + 1) : r < 0.6 ? t.slice(0, i) + c + t.slice(i) : r < 0.8 ? t.slice(0, i) + c + t.slice(i + 1) : t.slice(0, i) + t.slice(i + 1, i + 2) + t[i] + t.slice(i + 2);
  };
  const queries = [...terms.map(edit), ...terms.map((t) => edit(edit(t))), ...randomWords(300, 13, 'abcde', 12)];
  for (const w of queries) {
    const got = index.lookup(w);
    if (previous) expect(got).toBe(previous);
    previous = got;
    const expected = terms.flatMap((t, id) => {
      const max = Math.min(allowed(w.length), allowed(t.length));
      const first = t[0] === w[0] || (t[0] === w[1] && t[1] === w[0]);
      return t !== w && max > 0 && first && editDistance(w, t) <= max ? [id] : [];
    });
    hits += expected.length;
    expect([w, [...got].sort((x, y) => x - y)]).toEqual([w, expected]);
  }
  expect(hits).toBeGreaterThan(250);
});
