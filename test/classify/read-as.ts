import { analyse } from '../../lib/classify/features';
import { CAT, entries, hits } from '../../lib/classify/lexicon';

/** The list words a text's tokens were read as: [category name, list phrase], in order. */
export function readAs(text: string): Array<[string, string]> {
  analyse(text);
  const out: Array<[string, string]> = [];
  for (let h = 0; h < hits.count; h++) {
    const cat = Object.keys(CAT).find((k) => CAT[k as keyof typeof CAT] === hits.cat[h])!;
    out.push([cat, entries[hits.entry[h]].phrase]);
  }
  return out;
}
