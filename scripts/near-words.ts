/**
 * npx tsx scripts/near-words.ts --dict FILE,FILE,... [--out lib/classify/lexicons/near-words.ts]
 *   [--joined-out lib/classify/lexicons/joined-words.ts] [--doubled-out lib/classify/lexicons/doubled-words.ts]
 *
 * Writes the real words that are one swap or one left-out letter away from a hostile list word
 * (lib/classify/misspelling.ts does not read them as misspellings: "cooks" is not "crooks"), and
 * the real words that split into little words and hostile ones (lib/classify/joined.ts does not
 * read them as words run together), and the real words with a doubled letter that squeeze to a
 * hostile word (lib/classify/lexicon.ts does not squeeze them).
 * Made by hand with Debian's word lists (packages wamerican, wbritish, wfrench:
 * /usr/share/dict/american-english, british-english, french); run it again after changing the
 * insult, profanity, slur or dehumanising lists. Only the colliding words are kept, not the
 * dictionaries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stringArg, UsageError } from './lib/args';
import { HOSTILITY_EN } from '../lib/classify/lexicons/hostility-en';
import { HOSTILITY_FR } from '../lib/classify/lexicons/hostility-fr';
import { MISSPELT_CATS } from '../lib/classify/lexicons/types';
import { misspellable, variantsOf } from '../lib/classify/misspelling';
import { indexJoined, joinedSplit, MIN_JOINED_LENGTH } from '../lib/classify/joined';
import { repoRoot } from './train/data';

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

function main() {
  const args = parseArgs(process.argv.slice(2));
  const dicts = (stringArg(args, 'dict') ?? '').split(',').filter(Boolean);
  if (dicts.length === 0) throw new UsageError('give --dict FILE,... (word lists, one word per line)');
  const known = new Set<string>(NOT_IN_DICTIONARIES);
  for (const f of dicts) for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) known.add(fold(line.trim()));
  const listed = new Set<string>();
  const eligible: string[] = [];
  for (const list of [...HOSTILITY_EN, ...HOSTILITY_FR]) {
    for (const p of list.phrases) listed.add(p);
    if (MISSPELT_CATS.includes(list.cat)) eligible.push(...list.phrases.filter(misspellable));
  }
  const near = new Set<string>();
  for (const w of eligible) for (const v of variantsOf(w)) if (known.has(v) && !listed.has(v)) near.add(v);
  const out = stringArg(args, 'out') ?? path.join(repoRoot, 'lib/classify/lexicons/near-words.ts');
  const sorted = [...near].sort();
  const lines: string[] = [];
  for (let i = 0; i < sorted.length; i += 12) lines.push('  ' + sorted.slice(i, i + 12).map((w) => `'${w.replace(/'/g, "\\'")}'`).join(', ') + ',');
  writeFileSync(out, `/**
 * Real words one swap or one left-out letter away from a hostile list word: not misspellings
 * ("cooks" is not "crooks"). Generated by scripts/near-words.ts from Debian's English and French
 * word lists (${dicts.map((d) => path.basename(d)).join(', ')}) and a few words of comments that no
 * dictionary lists (scripts/near-words.ts); ${sorted.length} words.
 */
export const NEAR_WORDS: readonly string[] = [
${lines.join('\n')}
];
`);
  console.error(`${sorted.length} near words of ${eligible.length} list words written to ${out}`);

  // Real words that split into JOIN_PARTS and hostile list words ("grandmother"?), found with the
  // classifier's own splitter.
  const hostileWords = [...HOSTILITY_EN, ...HOSTILITY_FR].filter((l) => MISSPELT_CATS.includes(l.cat)).flatMap((l) => l.phrases);
  indexJoined(hostileWords.map((phrase, index) => ({ index, phrase })));
  const joined = [...known].filter((w) => w.length >= MIN_JOINED_LENGTH && /^[a-z]+$/.test(w) && !listed.has(w) &&
    joinedSplit(Uint16Array.from(w, (c) => c.charCodeAt(0)), 0, w.length) >= 0).sort();
  const joinedOut = stringArg(args, 'joined-out') ?? path.join(repoRoot, 'lib/classify/lexicons/joined-words.ts');
  const joinedLines: string[] = [];
  for (let i = 0; i < joined.length; i += 10) joinedLines.push('  ' + joined.slice(i, i + 10).map((w) => `'${w}'`).join(', ') + ',');
  writeFileSync(joinedOut, `/**
 * Real words that split into the little words of lib/classify/joined.ts and a hostile list word:
 * not words run together. Generated by scripts/near-words.ts from the same word lists
 * (${dicts.map((d) => path.basename(d)).join(', ')}); ${joined.length} words.
 */
export const JOINED_WORDS: readonly string[] = [
${joinedLines.join('\n')}
];
`);
  console.error(`${joined.length} real words that split like words run together written to ${joinedOut}`);

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
  const doubledOut = stringArg(args, 'doubled-out') ?? path.join(repoRoot, 'lib/classify/lexicons/doubled-words.ts');
  const doubledLines: string[] = [];
  for (let i = 0; i < doubled.length; i += 12) doubledLines.push('  ' + doubled.slice(i, i + 12).map((w) => `'${w}'`).join(', ') + ',');
  writeFileSync(doubledOut, `/**
 * Real words with a doubled letter that, squeezed like an elongation ("fuuck"), read as a word of a
 * hostile phrase: "salle" is not "sale", "baisser" not "baiser", "ville" not "vile", "assess" not
 * "asses". lib/classify/lexicon.ts does not squeeze them. Generated by scripts/near-words.ts from
 * the same word lists (${dicts.map((d) => path.basename(d)).join(', ')}), less the spellings of
 * the list word itself it names; ${doubled.length} words.
 */
export const DOUBLED_WORDS: readonly string[] = [
${doubledLines.join('\n')}
];
`);
  console.error(`${doubled.length} real words that squeeze to a hostile word written to ${doubledOut}`);
}

/** The categories whose words a squeezed real word must not be read as. */
const DOUBLED_CATS: readonly string[] = [...MISSPELT_CATS, 'hate', 'threat', 'violence', 'identity'];

try { main(); } catch (e) {
  console.error(e instanceof UsageError ? `near-words: ${e.message}` : e);
  process.exit(e instanceof UsageError ? 2 : 1);
}
