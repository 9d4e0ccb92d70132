/**
 * Typo tolerance: finds the register terms within one edit (two for long words) of a word, by a
 * deletion index (SymSpell): every term is stored under the strings obtained by deleting up to
 * `maxEdits` characters; a word looks up its own deletions. Candidates are then checked with the
 * optimal-string-alignment distance (a swap of two neighbours counts as one edit: "plam" / "palm").
 * Only the first PREFIX characters are indexed (the SymSpell prefix trick): it bounds the number of
 * deletion keys per word, and a typo near the end of a long word is still found by the check.
 */

/** Indexed prefix length. */
const PREFIX = 7;

/** Shortest word tolerated with one edit (shorter words have too many real-word neighbours). */
export const MIN_FUZZY_LENGTH = 5;
/** Shortest word tolerated with two edits. */
export const MIN_TWO_EDIT_LENGTH = 10;

export function allowedEdits(len: number): number {
  return len >= MIN_TWO_EDIT_LENGTH ? 2 : len >= MIN_FUZZY_LENGTH ? 1 : 0;
}

function deletions(w: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletions(d, depth - 1, out);
    }
  }
}

let rowA = new Int32Array(64), rowB = new Int32Array(64), rowC = new Int32Array(64);

/** Optimal string alignment distance, stopping early once it exceeds `max`. Reuses its row buffers. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length, m = b.length;
  if (rowA.length < m + 1) {
    rowA = new Int32Array(m + 1); rowB = new Int32Array(m + 1); rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA, prev = rowB, cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2; prev2 = prev; prev = cur; cur = t;
  }
  return prev[m];
}

export class DeletionIndex {
  private readonly byDeletion = new Map<string, number[]>();
  private readonly terms: string[] = [];

  /** Adds a term (already folded) under its id. */
  add(term: string, id: number): void {
    const edits = allowedEdits(term.length);
    if (edits === 0) return;
    this.terms[id] = term;
    const head = term.slice(0, PREFIX);
    const keys = new Set<string>([head]);
    deletions(head, edits, keys);
    for (const k of keys) {
      const list = this.byDeletion.get(k);
      if (list) { if (list[list.length - 1] !== id) list.push(id); } else this.byDeletion.set(k, [id]);
    }
  }

  /** Ids of the terms within the allowed edits of `word` (excluding an exact match). */
  lookup(word: string): number[] {
    const edits = allowedEdits(word.length);
    if (edits === 0) return [];
    const head = word.slice(0, PREFIX);
    const keys = new Set<string>([head]);
    deletions(head, edits, keys);
    const found = new Set<number>();
    const checked = new Set<number>();
    for (const k of keys) {
      const list = this.byDeletion.get(k);
      if (!list) continue;
      for (const id of list) {
        if (checked.has(id)) continue;
        checked.add(id);
        const term = this.terms[id];
        if (term === word) continue;
        // Typos rarely hit the first letter; requiring it (or a swap of the first two) keeps the
        // check cheap on a long page without losing the usual slips ("plam", "chocloat").
        if (term.charCodeAt(0) !== word.charCodeAt(0) && !(term.charCodeAt(0) === word.charCodeAt(1) && term.charCodeAt(1) === word.charCodeAt(0))) continue;
        // Both words must be long enough for the number of edits the pair uses.
        const max = Math.min(edits, allowedEdits(term.length));
        if (max > 0 && editDistance(word, term, max) <= max) found.add(id);
      }
    }
    return [...found];
  }
}
