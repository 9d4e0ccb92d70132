import { describe, expect, it } from 'vitest';
import { readAs } from './read-as';
import { classify, detectLanguage } from '../../lib/classify/index';
import { RUMOUR_CUES } from '../../lib/classify/lexicons/rumour';
import { FALSE_FRIENDS, hasFalseFriend } from '../../lib/classify/lexicons/false-friends';
import { HOSTILITY_EN } from '../../lib/classify/lexicons/hostility-en';
import { HOSTILITY_FR } from '../../lib/classify/lexicons/hostility-fr';
import { MISSPELT_CATS } from '../../lib/classify/lexicons/types';

const HOSTILE_LISTS: readonly string[] = [...MISSPELT_CATS, 'hate', 'threat', 'violence'];
const hostileReadings = (text: string) => readAs(text).filter(([cat]) => HOSTILE_LISTS.includes(cat));

// Each false friend in an ordinary sentence of the other language, and the same word used as
// abuse in its own: the first reads as nothing hostile, the second as the list word.
const CASES: Array<[word: string, otherLanguage: string, ownLanguage: string]> = [
  ['sale', 'Black Friday sale: Noir Intense 30% off!', 'Dégage sale noir'],
  ['con', 'What are the pros and cons of the new bar?', "T'es vraiment un gros con"],
  ['bite', 'I had a bite of the cake and loved it', 'Suce ma bite'],
  ['minus', 'It costs ten dollars minus the discount code', "T'es qu'un minus"],
  ['debris', 'The debris from the storm blocked the road to the store', 'Espèce de débris'],
  ['rebut', 'Let me rebut that argument with the facts', "T'es le rebut de la société"],
  ['melon', 'The melon and mint flavour is back in the shop', 'Encore un melon qui vient voler ici'],
  ['has been', 'The delivery has been late twice this month', "T'es qu'un has been"],
  ['retard', "Mon colis est en retard d'une semaine", 'Shut up you retard'],
  ['douche', 'Je prends une douche et je reviens', 'What a douche you are'],
  ['lame', 'Une lame de rasoir dans le colis, ça craint', 'Your jokes are lame and so are you'],
  ['git', "Ci-gît mon espoir d'avoir ma commande", 'You stupid git'],
  ['hate', "J'ai hâte de goûter le nouveau chocolat", 'I hate all of you'],
  ['rape', 'Une tablette avec de la noix de coco râpée', 'He threatened to rape her'],
  ['homos', 'Les homos du quartier ont ouvert une librairie', 'All homos should shut up'],
];

describe('false friends: a word that is hostile in one language only', () => {
  it.each(CASES)('"%s" is nothing hostile in: %s', (_word, otherLanguage) => {
    expect(hostileReadings(otherLanguage)).toEqual([]);
  });

  it.each(CASES)('"%s" is still read in its own language', (word, _other, ownLanguage) => {
    expect(hostileReadings(ownLanguage).map(([, phrase]) => phrase)).toContain(word);
  });

  it('and in a text too short to tell the language', () => {
    expect(detectLanguage('Sale arabe')).toBe('other');
    expect(hostileReadings('Sale arabe').map(([, phrase]) => phrase)).toContain('sale arabe');
  });

  it.each(Object.entries(FALSE_FRIENDS))('every %s false friend is a word of that language\'s lists', (lang, words) => {
    const lists = [...HOSTILITY_EN, ...HOSTILITY_FR, ...RUMOUR_CUES].filter((l) => l.lang === lang);
    const listed = new Set(lists.flatMap((l) => l.phrases));
    expect(words.filter((w) => !listed.has(w))).toEqual([]);
  });

  it.each([
    'The cache of the app is full, I cannot log in',
    'Thanks for your attention',
  ])('a French rumour cue is no cue in English: %s', (text) => {
    expect(classify(text).rumour.cues).toEqual([]);
  });

  it('a phrase built on a false friend is one too, a phrase that only contains its letters is not', () => {
    expect(hasFalseFriend('sale noir', 'fr')).toBe(true);
    expect(hasFalseFriend('salete', 'fr')).toBe(false);
    expect(hasFalseFriend('sale', 'en')).toBe(false);
    expect(hasFalseFriend('sale', 'any')).toBe(false);
  });
});
