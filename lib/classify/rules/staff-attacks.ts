/**
 * Insults aimed at the brand's staff, raised to balanced: "Your delivery driver is a thieving
 * scumbag" scored 0.43 (a blind probe of comments on a brand's page, 2026-11-25), for a balanced
 * threshold of 0.45. The staff are the people a moderator must protect first (issue 3's
 * "harassment of the brand's staff"); the sources the model learned from hold few of them.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { HashSet } from '../hash-table';
import { feats as featsImport } from '../features';
import { hashString } from '../hash';
import { CAT as CATImport, entries, hits as hitsImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { endsClause, gapHas, tokens as tokensImport } from '../tokens';
import { IS_WAS as IS_WASImport } from './words';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const IS_WAS = IS_WASImport;
const feats = featsImport;
const hits = hitsImport;
const tokens = tokensImport;

/**
 * Staff words that name a department or the company, not a person: "your customer service is
 * useless" and « votre service client est nul » are complaints about a service (a blind probe of
 * complaints, 2026-11-25), the lists' phrases as written.
 */
const DEPARTMENTS = new Set(['customer service', 'customer care', 'support team', 'your team', 'your company', 'call center',
  'helpdesk', 'social media team', 'service client', 'sav', 'equipe', 'votre equipe', 'votre service']);

const C_APOSTROPHE = hashString("c'");

const WHERE_THEY_WORK = new HashSet(['at', 'in', 'from', 'of', 'du', 'de', 'des', 'a', 'au', 'chez'].map(hashString));

/** The verb "to be" and the articles between a member of staff and what they are called. */
const STAFF_COPULAS = new HashSet([...IS_WAS, ...["'s", 'are', 'were', 'sont'].map(hashString)]);
const BETWEEN = new HashSet(['a', 'an', 'the', 'des', 'such', 'total', 'complete', 'real', 'just', 'un', 'une', 'vraiment', 'vrai', 'vraie',
  'sacre', 'sacree', 'pauvre', 'gros', 'grosse', 'petit', 'petite', 'espece', 'de', "d'", 'so', 'really', 'completement'].map(hashString));

/**
 * A member of staff called an insult in the same clause: "your driver | is a | scumbag", « le
 * vendeur | est un | gros con ». The staff word (lexicons' `staff`: driver, agent, vendeur...; not a
 * department) is
 * followed by the verb "to be" and, with only articles, intensifiers and one word of its own
 * between, an insult that no negation or quote holds.
 */
export function isStaffInsulted(): boolean {
  let staff = false;
  for (let h = 0; h < hits.count && !staff; h++) if (hits.cat[h] === CAT.staff) staff = true;
  if (!staff) return false;
  const chars = normalisedBuffers().chars;
  for (let h = 0; h < hits.count; h++) {
    if (hits.cat[h] !== CAT.staff || DEPARTMENTS.has(entries[hits.entry[h]].phrase)) continue;
    let k = hits.to[h] + 1;
    // Where they work may come between: "the cashier | at your Bristol shop | is", « le vendeur | du magasin de Lille | est ».
    if (k < tokens.count && WHERE_THEY_WORK.has(tokens.hash[k])) {
      let c = k + 1;
      while (c < tokens.count && c <= k + 4 && !STAFF_COPULAS.has(tokens.hash[c]) && !gapHas(tokens, chars, c - 1, endsClause)) c++;
      if (c < tokens.count && STAFF_COPULAS.has(tokens.hash[c])) k = c;
    }
    // « votre personnel | c'est | des ... »: the subject taken up again by « c' ».
    if (k + 1 < tokens.count && tokens.hash[k] === C_APOSTROPHE && STAFF_COPULAS.has(tokens.hash[k + 1])) k++;
    if (k >= tokens.count || !STAFF_COPULAS.has(tokens.hash[k]) || gapHas(tokens, chars, k - 1, endsClause)) continue;
    // One word of its own may qualify the insult: "a | thieving | scumbag", "est un | vrai | boulet".
    let own = 0;
    const copula = k;
    for (k++; k < tokens.count && k <= copula + 5; k++) {
      // Or a dehumanising word: "your staff are 🐒🐒" (read "monkey monkey", 0.02 in a blind probe of emoji, 2026-11-25).
      if ((feats.tokCats[k] & ((1 << CAT.insult) | (1 << CAT.dehumanise))) !== 0) {
        if (feats.negScope[k] === 0) return true;
        break;
      }
      if ((!BETWEEN.has(tokens.hash[k]) && ++own > 1) || gapHas(tokens, chars, k, endsClause)) break;
    }
  }
  return false;
}
