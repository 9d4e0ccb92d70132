/**
 * Insults aimed at the brand's staff, raised to balanced: "Your delivery driver is a thieving
 * scumbag" scored 0.43 (a blind probe of comments on a brand's page, 2026-11-25), for a balanced
 * threshold of 0.45. The staff are the people a moderator must protect first (issue 3's
 * "harassment of the brand's staff"); the sources the model learned from hold few of them.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { CAT as CATImport, entries, hits as hitsImport } from '../lexicon';
import { normalisedBuffers } from '../normalise';
import { afterCopula as afterCopulaImport, insultFollows as insultFollowsImport } from './person-attacks';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const CAT = CATImport;
const afterCopula = afterCopulaImport;
const hits = hitsImport;
const insultFollows = insultFollowsImport;

/**
 * Staff words that name a department or the company, not a person: "your customer service is
 * useless" and « votre service client est nul » are complaints about a service (a blind probe of
 * complaints, 2026-11-25), the lists' phrases as written.
 */
const DEPARTMENTS = new Set(['customer service', 'customer care', 'support team', 'your team', 'your company', 'call center',
  'helpdesk', 'social media team', 'service client', 'sav', 'equipe', 'votre equipe', 'votre service']);

/**
 * A member of staff called an insult in the same clause: "your driver | is a | scumbag", « le
 * vendeur | est un | gros con », "your staff are 🐒🐒" (a dehumanising word too, read "monkey monkey":
 * 0.02 in a blind probe of emoji, 2026-11-25). The staff word (lexicons' `staff`: driver, agent,
 * vendeur...; not a department) is followed by the verb "to be" and, with only articles,
 * intensifiers and one word of its own between, an insult that no negation or quote holds
 * (person-attacks.ts reads the verb and the insult for both rules).
 */
export function isStaffInsulted(): boolean {
  let staff = false;
  for (let h = 0; h < hits.count && !staff; h++) if (hits.cat[h] === CAT.staff) staff = true;
  if (!staff) return false;
  const chars = normalisedBuffers().chars;
  for (let h = 0; h < hits.count; h++) {
    if (hits.cat[h] !== CAT.staff || DEPARTMENTS.has(entries[hits.entry[h]].phrase)) continue;
    // "the cashier | at your Bristol shop | is a | thieving | scumbag": one word of its own may qualify the insult.
    const k = afterCopula(hits.to[h] + 1, chars);
    if (k >= 0 && insultFollows(k, chars, 1)) return true;
  }
  return false;
}
