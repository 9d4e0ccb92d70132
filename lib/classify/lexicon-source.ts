/**
 * The lexicon lists compiled from their source (lexicons/*.ts) through the same normalisation and
 * tokeniser as comments, so "t'es" or "f*ck" in a list are read exactly the way they are read in a
 * comment. Run at build time, not in the extension: `npm run lexicons` writes the result to
 * lexicons/compiled.json, which lib/classify/lexicon.ts loads (decoding it is a few milliseconds;
 * compiling 5,000 phrases on a page cost 25-50 ms of main thread). A unit test fails when the file
 * no longer matches the lists.
 */
import { encodeBase64 } from './base64';
import { normaliseInto, normalisedBuffers } from './normalise';
import { tokenise } from './tokens';
import { HOSTILITY_EN } from './lexicons/hostility-en';
import { HOSTILITY_FR } from './lexicons/hostility-fr';
import { RUMOUR_CUES, UNRELIABLE_SOURCE_CUES } from './lexicons/rumour';
import { TONE_CUES } from './lexicons/tone';
import { EVALUATION_LISTS } from './lexicons/evaluation';
import { VALENCE_EN } from './lexicons/valence-en';
import type { LexiconList } from './lexicons/types';
import { hasFalseFriend } from './lexicons/false-friends';
import { keepAccentTwins } from './accent-twins';
import { CATS, LANG_ANY, LANG_EN, LANG_FR, LEXICON_FORMAT, STRICT_NOT_OTHER_LANGUAGE, STRICT_OWN_LANGUAGE, type LexiconFile } from './lexicon-cats';

/** Every list, in the order their entries are numbered. */
const ALL_LISTS: LexiconList[] = [
  ...HOSTILITY_EN, ...HOSTILITY_FR, ...RUMOUR_CUES, ...UNRELIABLE_SOURCE_CUES, ...TONE_CUES, ...EVALUATION_LISTS, ...VALENCE_EN,
];

/** One compiled phrase. */
export interface CompiledPhrase {
  cat: number;
  lang: number;
  /** STRICT_OWN_LANGUAGE, STRICT_NOT_OTHER_LANGUAGE or 0 (any text). */
  strict: number;
  /** Cue id (rumour, tone) or the category name. */
  id: string;
  /** The phrase as written in the list (for explanations). */
  phrase: string;
  /** The list's weight (negative valence), 1 when it has none. */
  weight: number;
  /** Exact hash of each word of the phrase, and its squeezed hash. */
  hashes: number[];
  sqHashes: number[];
}

export function compileLexiconSource(): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  const catIndex = new Map(CATS.map((c, i) => [c, i]));
  for (const list of ALL_LISTS) {
    const cat = catIndex.get(list.cat);
    if (cat === undefined) throw new Error(`lexicon category "${list.cat}" is not in CATS`);
    for (const phrase of list.phrases) {
      const n = normaliseInto(phrase);
      const { chars, offsets } = normalisedBuffers();
      let t = tokenise(chars, n);
      if (keepAccentTwins(t, chars, offsets, phrase)) t = tokenise(chars, n);
      if (t.count === 0) continue;
      out.push({
        cat,
        lang: list.lang === 'en' ? LANG_EN : list.lang === 'fr' ? LANG_FR : LANG_ANY,
        strict: list.strict === true ? STRICT_OWN_LANGUAGE : hasFalseFriend(phrase, list.lang) ? STRICT_NOT_OTHER_LANGUAGE : 0,
        id: list.id ?? list.cat,
        phrase,
        weight: list.weight ?? 1,
        hashes: Array.from(t.hash.subarray(0, t.count)),
        sqHashes: Array.from(t.sq.subarray(0, t.count)),
      });
    }
  }
  return out;
}

function int32Base64(values: number[]): string {
  return encodeBase64(new Uint8Array(Int32Array.from(values).buffer));
}

export function encodeLexiconFile(phrases: CompiledPhrase[]): LexiconFile {
  const ids = [...new Set(phrases.map((p) => p.id))];
  const idIndex = new Map(ids.map((id, i) => [id, i]));
  return {
    format: LEXICON_FORMAT,
    cats: [...CATS],
    ids,
    cat: phrases.map((p) => p.cat),
    lang: phrases.map((p) => p.lang),
    strict: phrases.map((p) => p.strict),
    id: phrases.map((p) => idIndex.get(p.id)!),
    weight: phrases.map((p) => p.weight),
    phrase: phrases.map((p) => p.phrase),
    words: phrases.map((p) => p.hashes.length),
    hashes: int32Base64(phrases.flatMap((p) => p.hashes)),
    sqHashes: int32Base64(phrases.flatMap((p) => p.sqHashes)),
  };
}
