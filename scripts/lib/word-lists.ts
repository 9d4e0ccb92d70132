/**
 * The real-word lists that keep spelling tricks from misreading ordinary words: near words (one
 * swap or one left-out letter from a hostile or group list word: "cooks" is not "crooks"), joined
 * words (real words that split like words run together: "therapist" is not "the rapist") and
 * doubled words (real words with a doubled letter that squeeze to a list word: "salle" is not
 * "sale"). Computed from Debian's word lists (packages wamerican, wbritish, wfrench) by
 * scripts/near-words.ts, which writes them into lib/classify/lexicons/, and by
 * test/classify/word-lists.test.ts, which checks that the written ones are up to date.
 */
import { readFileSync } from 'node:fs';
import { PLACES } from '../../lib/classify/lexicons/places';
import { HOSTILITY_EN } from '../../lib/classify/lexicons/hostility-en';
import { HOSTILITY_FR } from '../../lib/classify/lexicons/hostility-fr';
import { MISSPELT_CATS, SPELLING_TRICK_CATS } from '../../lib/classify/lexicons/types';
import { misspellable, variantsOf } from '../../lib/classify/misspelling';
import { indexJoined, joinedSplit, MIN_JOINED_LENGTH } from '../../lib/classify/joined';

/** Debian's English and French word lists, where the packages install them. */
export const DEFAULT_DICTS = ['/usr/share/dict/american-english', '/usr/share/dict/british-english', '/usr/share/dict/french'];

/**
 * Words of comments and customer messages that no dictionary lists, one step from a list word:
 * "collab" (a brand collaboration) is not "collabo" (a collaborator, in French).
 */
const NOT_IN_DICTIONARIES = ['collab', 'collabs'];

/**
 * Dictionary words with a doubled letter that squeeze to a list word and are that same word, spelt
 * another way or inflected (French feminines of words in -é: "attardée" squeezes to "attarde"):
 * still read as it. Every other such word is a word of its own ("salle" is not "sale", "baisser"
 * not "baiser", "ville" not "vile") and goes to doubled-words.ts.
 */
const SAME_WORD_DOUBLED = new Set([
  'looser', 'loosers', 'conasse', 'degouttant', 'imbecillite', 'maffia', 'poltroon', 'marionette', 'bitte',
  'bissexuel', 'bissexuels', 'bissexuelle', 'bissexuelles',
  'attardee', 'attardees', 'basanee', 'basanees', 'bouffonnee', 'bouffonnees', 'cinglee', 'couillonnee', 'crapulee',
  'crapulees', 'debilitee', 'degonflee', 'demeuree', 'demeurees', 'emmerdee', 'emmerdees', 'gangrenee', 'grognassee',
  'infestee', 'niaisee', 'parasitee', 'parasitees', 'taree', 'tarees', 'crissee', 'salopee', 'salopees',
]);

/** A word and its stems as lib/classify/tokens.ts makes them: less a final s (not after s) or x, then less a final e. */
function stemsOf(w: string): string[] {
  const s1 = w.length > 3 && (w.endsWith('x') || (w.endsWith('s') && !w.endsWith('ss'))) ? w.slice(0, -1) : w;
  const s2 = s1.length > 3 && s1.endsWith('e') ? s1.slice(0, -1) : s1;
  return [w, s1, s2];
}

/**
 * A French feminine that doubles the list word's last n, l, t or s: "cochonne", "criminelle",
 * "bohémienne", "sotte", "grosse" ("beurre" is butter, not a feminine of "beur").
 */
const isFrenchFeminine = (w: string, listed: Set<string>) =>
  w.length > 3 && w.endsWith('e') && 'nlts'.includes(w[w.length - 2]) && w[w.length - 2] === w[w.length - 3] && listed.has(w.slice(0, -2));

/** Runs of one letter squeezed to one, as lib/classify/tokens.ts squeezes a word with a run ("fuuck"). */
const squeeze = (w: string) => w.replace(/(.)\1+/g, '$1');

/** Lower case, accents off, possessive off: how the normaliser reads a dictionary word. */
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/'s$/, '');

export interface WordLists { near: string[]; joined: string[]; doubled: string[]; listWords: number }

/** The three lists, sorted, from the word lists at `dicts`. */
export function computeWordLists(dicts: readonly string[]): WordLists {
  const known = new Set<string>(NOT_IN_DICTIONARIES);
  for (const f of dicts) for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) known.add(fold(line.trim()));
  // Place names are real words too ("Mongolie" is not "mongole" misspelt; the dictionaries hold few
  // French ones): the rumour lexicon's list, already normalised.
  for (const place of PLACES.split(/\s+/)) if (place) known.add(place);
  const listed = new Set<string>();
  const eligible: string[] = [];
  for (const list of [...HOSTILITY_EN, ...HOSTILITY_FR]) {
    for (const p of list.phrases) listed.add(p);
    if (SPELLING_TRICK_CATS.includes(list.cat)) eligible.push(...list.phrases.filter(misspellable));
  }
  const near = new Set<string>();
  for (const w of eligible) for (const v of variantsOf(w)) if (known.has(v) && !listed.has(v)) near.add(v);

  // Real words that split into JOIN_PARTS and hostile or group list words, found with the
  // classifier's own splitter.
  const trickWords = [...HOSTILITY_EN, ...HOSTILITY_FR].filter((l) => SPELLING_TRICK_CATS.includes(l.cat)).flatMap((l) => l.phrases);
  indexJoined(trickWords.map((phrase, index) => ({ index, phrase })));
  const joined = [...known].filter((w) => w.length >= MIN_JOINED_LENGTH && /^[a-z]+$/.test(w) && !listed.has(w) &&
    joinedSplit(Uint16Array.from(w, (c) => c.charCodeAt(0)), 0, w.length) >= 0).sort();

  // Real words with a doubled letter that squeeze to a one-word hostile entry.
  const hostileWordsBySqueeze = new Map<string, string>();
  for (const list of [...HOSTILITY_EN, ...HOSTILITY_FR]) {
    if (!DOUBLED_CATS.includes(list.cat)) continue;
    for (const p of list.phrases) if (!p.includes(' ')) hostileWordsBySqueeze.set(squeeze(p), p);
  }
  // As lib/classify reads a token: as written and by its stems first (a plural or a feminine of a
  // listed word is read so, and never squeezed), then squeezed, with the same stems.
  const doubled = [...known].filter((w) => /^[a-z]+$/.test(w) && /(.)\1/.test(w) && !SAME_WORD_DOUBLED.has(w) &&
    !stemsOf(w).some((s) => listed.has(s) || isFrenchFeminine(s, listed)) && stemsOf(squeeze(w)).some((s) => hostileWordsBySqueeze.has(s))).sort();
  return { near: [...near].sort(), joined, doubled, listWords: eligible.length };
}

/** The categories whose words a squeezed real word must not be read as. */
const DOUBLED_CATS: readonly string[] = [...MISSPELT_CATS, 'hate', 'threat', 'violence', 'identity'];
