/**
 * Word handling shared by the suggestion index and the library search: fold case and accents,
 * drop the little words that every reply shares, and cut common French and English endings so that
 * "remboursé", "rembourser" and "remboursement" (or "refunded" and "refunds") meet on one term.
 * Deliberately crude: it only has to make a comment and a reply written about the same thing share
 * terms, not to be linguistics.
 */

const STOPWORDS = new Set(
  (
    // English
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its ' +
    'just me my no not of on or our out so than that the their them then there these they this to too up us was we were ' +
    'what when where which who why will with would you your yours am im ive dont cant all want before ever get got ' +
    'one like about some any only also still even again very really here now more much being just please ' +
    // French (accents already folded)
    'au aux avec ce ces cet cette dans de des du elle en est et etait eux il ils je la le les leur leurs lui ma mais me ' +
    'meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une ' +
    'vos votre vous ca cest jai y a ai as avez avons ont etes sommes suis fait faire tres plus bien tout tous toute'
  ).split(/\s+/),
);

/** Endings cut from words longer than 5 letters, longest first; the stem keeps at least 4 letters. */
const SUFFIXES = ['ements', 'ement', 'ations', 'ation', 'ing', 'ers', 'er', 'ez', 'ees', 'ee', 'es', 'ed', 's', 'e'];

/** Lowercase without accents: "Remboursé" → "rembourse". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits on anything that is not a letter or digit; apostrophes split too ("l'argent" → "l", "argent"). */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A folded word to its index term, or null for a stopword or a one-letter word. */
export function termOf(word: string): string | null {
  const w = fold(word);
  if (w.length < 2 || STOPWORDS.has(w)) return null;
  if (w.length <= 5) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Placeholders are template slots, not words a comment could share with the reply. */
export function withoutPlaceholders(body: string): string {
  return body.replace(/\{[a-z][a-z0-9_]*\}/g, ' ');
}

/** Index terms of a text, in order, with repeats. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(text)) {
    const t = termOf(word);
    if (t) out.push(t);
  }
  return out;
}

/** For explanations: each term of `text` mapped to the first word as written that produced it. */
export function wordsByTerm(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const word of splitWords(text)) {
    const t = termOf(word);
    if (t && !map.has(t)) map.set(t, word.toLowerCase());
  }
  return map;
}
