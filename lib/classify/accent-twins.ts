/**
 * Words whose accented twin is another word: French "sale" (dirty, an insult in the lists) and
 * "salé" (salty: "caramel beurre salé", the flavour); "demeuré" (feeble-minded, an insult) and
 * "demeure" (a home; "si une question demeure": remains). Folding accents made each pair one
 * word, so the salted-caramel flavour read as an insult in the lexicons and in the learned
 * n-grams ("caramel beurre salé" scored 0.79 hostile, 2026-11-24), and the team's own starter
 * reply "si une question demeure" was warned about as an insult. For these words the é of the
 * original is put back into the normalised text, of comments and of the lists alike (which write
 * each as meant: "sale", "demeuré"), which makes the twins two tokens. Only an é counts: "sâle
 * con" is still an insult written to dodge a filter.
 */
import { hashString } from './hash';
import { HashSet } from './hash-table';
import type { Tokens } from './tokens';

const TWINS = new HashSet(['sale', 'sales', 'demeure', 'demeures', 'demeuree', 'demeurees'].map(hashString));
const E = 101, E_ACUTE = 0xe9, E_ACUTE_UPPER = 0xc9, COMBINING_ACUTE = 0x301;

/**
 * Puts the é back in the twins of the tokens; true if a character changed (the caller tokenises
 * again). `offsets[i]` is the index in `text` of normalised character i.
 */
export function keepAccentTwins(t: Tokens, chars: Uint16Array, offsets: Int32Array, text: string): boolean {
  let changed = false;
  for (let i = 0; i < t.count; i++) {
    if (!TWINS.has(t.hash[i])) continue;
    for (let k = t.start[i]; k < t.end[i]; k++) {
      if (chars[k] !== E) continue;
      const o = offsets[k], c = text.charCodeAt(o);
      if (c === E_ACUTE || c === E_ACUTE_UPPER || text.charCodeAt(o + 1) === COMBINING_ACUTE) { chars[k] = E_ACUTE; changed = true; }
    }
  }
  return changed;
}
