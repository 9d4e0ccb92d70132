/**
 * Light French/English stemming and stop words for register matching. One stemmer for both
 * languages on purpose: comments mix them and are often too short to tell, and the claim and the
 * comment go through the same function, so consistency matters more than linguistic accuracy
 * ("fermeture", "fermer", "fermée" -> "ferm"; "closing", "closed", "closes" -> "clos").
 */

/**
 * Words that carry no claim: function words of both languages, rumour hedges ("apparently",
 * "il paraît") and chat filler. A comment's hedges say it is a rumour, not WHICH rumour.
 */
const STOP = `
a an the and or but nor so if then than that this these those there here what which who whom whose why how when where
is are was were be been being am im i'm i me my mine you your yours u ur he him his she her hers it its we us our ours they
them their theirs one ones do does did done doing have has had having will would shall should can could may might must
of to in on at for with from by about as into onto over under up down out off again just only also too very really
all any some no not none nor each every both either neither more most much many few other such own same
now still even ever yet already soon ago today yesterday
get got gets getting go goes going went gone make makes made say says said tell told know knows knew think thinks thought
heard hear hearing apparently supposedly allegedly rumour rumor rumours rumors someone somebody everyone everybody people guys
lol omg wtf lmao haha hahaha pls please plz thanks thx ok okay yeah yes yep nope oh wow hey hi hello guys folks true real
like just literally actually basically seriously honestly anyone anybody thing things stuff way lot lots
le la les l un une des du de d et ou mais donc or ni car que qu qui quoi dont ce cet cette ces c ca cela ceci celui celle
je j tu il elle on nous vous ils elles me m te t se s moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos
votre vos y en au aux a as ai avons avez ont avait avaient aura est es sont suis sommes etes etait etaient etre ete sera
ne n pas plus jamais rien tres trop aussi avec sans pour par sur sous dans chez entre vers apres avant encore deja toujours
tout tous toute toutes fait faire font dit dire disent peut peuvent veut va vont vais si bien oui non merci bonjour
salut parce comme quand comment pourquoi alors bon ben bref genre truc trucs gens quelqu quelqun personne parait paraitrait
apparemment rumeur rumeurs vrai vraiment franchement serieux serieusement mdr ptdr lol svp stp voila voici
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(STOP.split(/\s+/).filter(Boolean));

/**
 * Suffixes stripped (longest first), French and English mixed. A suffix is removed only if at least
 * four characters remain, so short words keep their identity ("parent", "price").
 */
const SUFFIXES = [
  'issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'ements', 'ments', 'ment', 'atrices', 'atrice',
  'ateurs', 'ateur', 'euses', 'euse', 'eux', 'ives', 'ive', 'ifs', 'ances', 'ance', 'ences', 'ence',
  'ities', 'ity', 'ings', 'ing', 'ness', 'ies', 'ied', 'ers', 'eres', 'ere', 'er', 'ees', 'ee', 'ez', 'ons',
  'aient', 'ait', 'ais', 'ent', 'es', 'ed', 'ly', 'e', 's', 'x',
].sort((a, b) => b.length - a.length);

/**
 * The suffixes by their last letter, longest first as in SUFFIXES: a word is tried only against
 * those that can end it (the first that fits is the same), instead of all of them.
 */
const SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const suf of SUFFIXES) {
  const last = suf[suf.length - 1];
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), suf]);
}

const stemCache = new Map<string, string>();

/**
 * The stem, without the cache: for a caller that keeps its own per word (the register's word
 * table), where the cache's look-up and growth would only add cost.
 */
export function computeStem(w: string): string {
  if (w.length <= 3 || hasDigit(w)) return w;
  let s = w;
  // Plural first, then at most one derivational/inflectional suffix, then a final 'e'.
  if (s.length > 4 && (s.endsWith('s') || s.endsWith('x')) && !s.endsWith('ss')) s = s.slice(0, -1);
  if (s.endsWith('aux') && s.length > 5) s = `${s.slice(0, -3)}al`;
  for (const suf of SUFFIXES_BY_LAST.get(s[s.length - 1]) ?? []) {
    if (s.endsWith(suf) && s.length - suf.length >= 4) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  // "stopped" -> "stopp" -> "stop"; "grasse" -> "grass" -> "gras".
  if (s.length > 4 && s[s.length - 1] === s[s.length - 2] && !'aeiou'.includes(s[s.length - 1])) s = s.slice(0, -1);
  if (s.endsWith('i') && s.length > 4 && w.endsWith('ies')) s = `${s.slice(0, -1)}y`;
  return s;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function stem(folded: string): string {
  let s = stemCache.get(folded);
  if (s === undefined) {
    s = computeStem(folded);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(folded, s);
  }
  return s;
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded) || folded.length < 2;
}
