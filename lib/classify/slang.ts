/**
 * Slang praise: "this flavour is killer", "the mint one is the bomb", "ce praliné est une tuerie".
 * Words of violence and news read as praise when they follow "is" (or "is the", "est une") with a
 * product before them. Both models misread them: the rumour model as news ("killer", "bomb"), the
 * hostility model as violence (praise comments written for a probe, 2026-11-24 and 25).
 *
 * Works on the shared token buffers of the last analyse() call.
 */
import { hashString } from './hash';
import { SLANG_PRAISE } from './lexicons/claim';
import { THINGS } from './lexicons/things';
import { tokens as tokensImport } from './tokens';

// Local copy: under tsx/CommonJS interop every use of an imported binding is a getter call.
const tokens = tokensImport;

const hashes = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(hashString));
const SLANG = hashes(SLANG_PRAISE);
const COPULA = hashes("is are was 's tastes looks est sont etait");
const LINK = hashes('the da a an pure straight absolute une un vraie vraiment');
/** Products, and "one" as in "the mint one" (not in THINGS: "that one is an idiot" is said of someone). */
export const PRODUCT = new Set([...THINGS, 'one', 'ones'].map(hashString));

/** Token k is a slang word right after "is" (or "is the"), at or after token `from`. */
export function isSlangAfterCopula(k: number, from: number): boolean {
  if (!SLANG.has(tokens.hash[k])) return false;
  let j = k - 1;
  if (j > from && LINK.has(tokens.hash[j])) j--;
  return j >= from && COPULA.has(tokens.hash[j]);
}

/** Token k is slang praise of a product named within the six words before it ("this bar is fire"). */
export function isSlangPraiseOfProduct(k: number): boolean {
  if (!isSlangAfterCopula(k, 0)) return false;
  for (let j = Math.max(0, k - 6); j < k; j++) if (PRODUCT.has(tokens.hash[j]) || PRODUCT.has(tokens.stem1[j])) return true;
  return false;
}
