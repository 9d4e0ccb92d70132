/**
 * Lexicon categories, language codes and the compiled file's shape, shared by the build-time
 * compiler (lexicon-source.ts) and the runtime index (lexicon.ts). Kept apart so the extension
 * does not bundle the lists.
 */
import type { LexCat } from './lexicons/types';

/** Category numbers are positions here: lexicons/compiled.json records them and is checked against them. */
export const CATS: readonly LexCat[] = [
  'insult', 'profanity', 'slur', 'identity', 'dehumanise', 'hate', 'threat', 'violence',
  'second', 'negation', 'reported', 'staff', 'complaint', 'rumour', 'query', 'sarcasm', 'dismissive', 'target', 'evaluative', 'negative',
];

export const LANG_ANY = 0, LANG_EN = 1, LANG_FR = 2;

/**
 * A phrase's `strict` column. Own language: matched only in a text read as the list's language
 * (function words: English "you", French "ne", "te"). Not other language: matched unless the
 * text reads as the other language (false friends, lexicons/false-friends.ts: French "sale" in
 * "Flash sale: Noir bars"), so still in a text too short to tell ("Sale arabe").
 */
export const STRICT_OWN_LANGUAGE = 1, STRICT_NOT_OTHER_LANGUAGE = 2;

export const LEXICON_FORMAT = 'vigie-lexicons-2';

/** The file lexicons/compiled.json: parallel columns, hashes as base64 little-endian int32. */
export interface LexiconFile {
  format: string;
  cats: string[];
  ids: string[];
  cat: number[];
  lang: number[];
  strict: number[];
  id: number[];
  weight: number[];
  phrase: string[];
  /** Words per phrase: where each phrase's hashes start in `hashes` and `sqHashes`. */
  words: number[];
  hashes: string;
  sqHashes: string;
}
