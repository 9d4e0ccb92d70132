import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/classify/features';
import { CAT, entries, hits } from '../../lib/classify/lexicon';

/** The phrases of `cat` the lexicon reads in `text`. */
function read(text: string, cat: number): string[] {
  analyse(text);
  const out: string[] = [];
  for (let h = 0; h < hits.count; h++) if (hits.cat[h] === cat) out.push(entries[hits.entry[h]].phrase);
  return out;
}

describe("an English possessive's 's is read as the word before it", () => {
  it.each([
    ["the cashier's attitude", CAT.staff, 'cashier'],
    ["that idiot's face", CAT.insult, 'idiot'],
  ])('%s', (text, cat, phrase) => {
    expect(read(text, cat)).toContain(phrase);
  });
});
