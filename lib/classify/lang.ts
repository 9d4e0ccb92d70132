/**
 * Language detection for French and English from function words (and accents), the words every
 * sentence needs whatever its topic. Works on the tokens of the normalised text, by hash.
 * Too little evidence (a lone emoji, a name, another language) gives 'other'.
 */
import type { Lang } from '../types';
import { hashString, squeezedHash } from './hash';
import { HashMap } from './hash-table';
import type { Tokens } from './tokens';

const EN = `the a an and or but is are was were be been am i you he she it we they me my your his her its our their
  this that these those what which who whom whose why how when where there here of to in on at for with from by about
  as into not no do does did don't doesn't didn't can can't will won't would should could have has had just so if
  all any some more very too also than then them him us im i'm it's that's you're youre dont cant wont u ur lol like
  get got go going know think want need really because only one out up down over after before again still even now`;
const FR = `le la les l' un une des du de d' et ou mais est sont etait etaient etre suis es sommes etes ai as a avons
  avez ont je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi lui leur leurs mon ma mes ton ta tes son
  sa ses notre nos votre vos ce cet cette ces c' ca cela ceci qui que qu' quoi dont ou quand comment pourquoi ne n' pas
  plus jamais rien tres trop aussi avec sans pour par sur sous dans chez entre vers apres avant encore deja toujours
  tout tous toute toutes fait faire dit peut veut va vais aux au y en si bien mal oui non merci bonjour parce comme`;

const listed = new Map<number, number>();
for (const w of EN.split(/\s+/).filter(Boolean)) listed.set(hashString(w), (listed.get(hashString(w)) ?? 0) + 1);
for (const w of FR.split(/\s+/).filter(Boolean)) listed.set(hashString(w), (listed.get(hashString(w)) ?? 0) - 1);
// Squeezed forms too, for elongated words ("pouuur" squeezes to "pour"); a word that squeezes to
// another list word keeps the exact word's weight.
for (const w of [...EN.split(/\s+/), ...FR.split(/\s+/)].filter(Boolean)) {
  const q = squeezedHash(w);
  if (!listed.has(q)) listed.set(q, listed.get(hashString(w))!);
}
/** Each function word's evidence: positive English, negative French (one look-up per token). */
const weights = new HashMap(listed);

/** True for a function word of either language (they carry no hostility of their own). */
export const isFunctionWord = (hash: number) => weights.has(hash);

/**
 * Positive evidence = English, negative = French. Words in both lists ("a", "on", "me") cancel out.
 * Each accented Latin letter counts as half a French word.
 */
export function langFromTokens(t: Tokens, accents: number): Lang {
  let score = 0;
  let evidence = 0;
  for (let i = 0; i < t.count; i++) {
    let w = weights.get(t.hash[i], undefined);
    if (w === undefined && t.run[i] === 1) {
      w = weights.get(t.sq[i], undefined); // elongated: "yoooou", "pouuur"
    }
    if (w !== undefined && w !== 0) { score += w; evidence++; }
  }
  score -= Math.min(accents, 6) * 0.5;
  evidence += Math.min(accents, 6) * 0.5;
  if (evidence < 1 || score === 0) return 'other';
  return score > 0 ? 'en' : 'fr';
}
