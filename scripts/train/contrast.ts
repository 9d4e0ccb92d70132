/**
 * Contrast rows for the hostility model: short sentences generated from templates written for
 * Vigie (English and French), added to the training rows only (never to the development split,
 * so calibration and thresholds are still chosen on real comments).
 *
 * Why: the labelled sources teach that naming a group is hostile. Two of them were sampled with
 * hate keywords (MLMA, FTR's racist rows) and most of their rows that say "immigrants", "Muslims",
 * "les femmes" or "homosexuel" are attacks, so "I love being a Black woman" scored 0.68 and "Je suis
 * homosexuel et marié depuis dix ans" 0.78 (measured 2026-11-24, shipped model of c76c7a5). They
 * also teach that a negated or quoted insult is still one: the sources hold few "X are not stupid"
 * or "calling X idiots is racist", so "Women are not stupid, stop saying that" scored 0.81. That is
 * what functional test suites (negation, counter-speech, neutral mentions of groups) measure.
 * Dixon et al. (2018, "Measuring and Mitigating Unintended Bias in Text Classification") balance
 * identity terms with non-toxic examples; these templates do that, and pair every neutral frame with
 * a hostile twin using the same words, so what the model learns is the frame (negated, reported,
 * neutral) rather than "a group's name is neutral" or "an insult is neutral".
 *
 * They train the n-gram stage only (scripts/train/run.ts, `trainOnly`): what a frame does to the
 * words inside it, without moving what each lexicon word weighs.
 *
 * Generated, seeded, deterministic; the text is ours, so nothing here comes from the data sets.
 * Not measured on them: test/fixtures/functional/ was written apart, without these templates.
 */
import type { Row } from './data';
import { mulberry32 } from './prng';

export const CONTRAST_SOURCE = 'contrast_templates';

interface Group { pl: string; one: string }
interface LangLists {
  groups: Group[];
  /** Plural insulting nouns and adjectives, usable after "are" / "sont". */
  insults: string[];
  /** An insult aimed at one person, with its article ("an idiot", "un connard"). */
  insultOne: string[];
  dehumanising: string[];
  positive: string[];
  condemn: string[];
  /** Neutral predicates about a group. */
  neutral: string[];
  /** First-person identity, neutral sentences ("{one}" = a member of the group). */
  self: string[];
  negatedFrames: string[];
  counterFrames: string[];
  reportedFrames: string[];
  hostileFrames: string[];
  hostilePersonFrames: string[];
  neutralPersonFrames: string[];
}

const EN: LangLists = {
  groups: [
    { pl: 'women', one: 'a woman' }, { pl: 'men', one: 'a man' }, { pl: 'immigrants', one: 'an immigrant' },
    { pl: 'refugees', one: 'a refugee' }, { pl: 'Muslims', one: 'a Muslim' }, { pl: 'Jews', one: 'a Jew' },
    { pl: 'Christians', one: 'a Christian' }, { pl: 'Black people', one: 'a Black woman' }, { pl: 'white people', one: 'a white guy' },
    { pl: 'Asians', one: 'an Asian man' }, { pl: 'Arabs', one: 'an Arab' }, { pl: 'gay people', one: 'a gay man' },
    { pl: 'lesbians', one: 'a lesbian' }, { pl: 'trans people', one: 'a trans woman' }, { pl: 'disabled people', one: 'a disabled person' },
    { pl: 'Mexicans', one: 'a Mexican' }, { pl: 'Africans', one: 'an African' }, { pl: 'Indians', one: 'an Indian' },
    { pl: 'Hindus', one: 'a Hindu' }, { pl: 'Latinos', one: 'a Latina' }, { pl: 'old people', one: 'a pensioner' },
    { pl: 'Chinese people', one: 'a Chinese student' }, { pl: 'Roma', one: 'a Roma woman' }, { pl: 'feminists', one: 'a feminist' },
  ],
  insults: ['stupid', 'idiots', 'animals', 'vermin', 'disgusting', 'trash', 'criminals', 'parasites', 'lazy', 'dirty',
    'morons', 'worthless', 'a disease', 'scum', 'inferior', 'dangerous', 'filthy', 'subhuman', 'pathetic', 'evil'],
  insultOne: ['an idiot', 'a moron', 'stupid', 'a loser', 'an asshole', 'a bitch', 'a clown', 'worthless', 'a piece of shit',
    'pathetic', 'a liar', 'ugly', 'dumb', 'a retard', 'scum', 'a fraud'],
  dehumanising: ['rats', 'cockroaches', 'animals', 'vermin', 'a plague', 'parasites', 'savages', 'a cancer'],
  positive: ['wonderful', 'welcome here', 'kind', 'brilliant', 'hard-working', 'talented', 'great neighbours', 'amazing',
    'valued customers', 'part of our family', 'strong', 'generous'],
  condemn: ['racist', 'disgusting', 'not okay', 'hateful', 'bigotry', 'unacceptable', 'plain hate speech', 'cruel', 'wrong'],
  neutral: ['live on my street', 'work in our shop', 'buy this brand too', 'have been customers for years',
    'celebrate a holiday this week', 'came to the launch event', 'deserve the same service as everyone',
    'should be treated with respect', 'are part of this community', 'have every right to complain here',
    'were interviewed on the radio today', 'make up half of our staff', 'can order from the website too',
    'are in the new advert', 'asked about the vegan range', 'run the bakery downtown', 'vote in every election'],
  self: ['I am {one} and I love this chocolate', 'As {one}, I have shopped here for ten years', "I'm {one} and proud of it",
    'My sister is {one} and she works at your store', 'Speaking as {one}, the new packaging is great',
    'I am {one}, can I still order online?', 'Being {one} is part of who I am', 'My best friend is {one}'],
  negatedFrames: ['{G} are not {I}', "{G} aren't {I}, stop saying that", "I don't hate {G}", 'I have nothing against {G}',
    'I would never say {G} are {I}', 'Nobody here thinks {G} are {I}', "I don't think {G} are {I}",
    '{G} are not {I} and never were', 'It is not true that {G} are {I}', "No, {G} aren't {I}"],
  counterFrames: ['Calling {G} {I} is {C}', 'Saying that {G} are {I} is {C}', 'Stop calling {G} {I}, it is {C}',
    'Writing "{G} are {I}" under a post is {C}', 'People who say {G} are {I} are spreading hate, report them',
    'Claiming {G} are {I} is {C}', 'The comment above says {G} are {I}. That is {C}',
    'If you think {G} are {I}, please unfollow us: that is {C}'],
  reportedFrames: ['Someone called me {O} because I am {one}, so I reported them', 'A man called me {O} on the bus today',
    'He called her {O} and the moderators removed it', 'I got called {O} for being {one}', 'They called my brother {O} and laughed',
    'Being called {O} for being {one} hurts'],
  hostileFrames: ['{G} are {I}', '{G} are {I}, all of them', 'I hate {G}', 'All {G} are {I}', '{G} are {D}',
    'I think {G} are {I}', '{G} are {D} and should go back', 'Honestly {G} are {I}', 'Why are {G} so {I}?',
    'Get {G} out of here, they are {D}'],
  hostilePersonFrames: ['You are {O}', "You're {O}", 'You are such {O}', 'Shut up, you are {O}', 'Your staff are {I}',
    'You are {O} and you know it'],
  neutralPersonFrames: ['You are not {O}, you just made a mistake', "I don't think you are {O}", 'Nobody said you were {O}',
    "You're not {O}, don't worry", 'I would never call you {O}', 'Your staff are not {I}, they were very helpful'],
};

const FR: LangLists = {
  groups: [
    { pl: 'les femmes', one: 'une femme' }, { pl: 'les hommes', one: 'un homme' }, { pl: 'les immigrés', one: 'un immigré' },
    { pl: 'les réfugiés', one: 'une réfugiée' }, { pl: 'les musulmans', one: 'musulmane' }, { pl: 'les juifs', one: 'juif' },
    { pl: 'les chrétiens', one: 'chrétien' }, { pl: 'les Noirs', one: 'une femme noire' }, { pl: 'les Blancs', one: 'un homme blanc' },
    { pl: 'les Asiatiques', one: 'asiatique' }, { pl: 'les Arabes', one: 'arabe' }, { pl: 'les homosexuels', one: 'homosexuel' },
    { pl: 'les lesbiennes', one: 'lesbienne' }, { pl: 'les personnes trans', one: 'une femme trans' }, { pl: 'les handicapés', one: 'handicapé' },
    { pl: 'les Roms', one: 'rom' }, { pl: 'les Africains', one: 'africain' }, { pl: 'les Maghrébins', one: 'maghrébin' },
    { pl: 'les migrants', one: 'migrant' }, { pl: 'les gays', one: 'gay' }, { pl: 'les personnes âgées', one: 'retraitée' },
    { pl: 'les Chinois', one: 'chinoise' }, { pl: 'les féministes', one: 'féministe' }, { pl: 'les Algériens', one: 'algérien' },
  ],
  insults: ['des idiots', 'bêtes', 'des animaux', 'de la vermine', 'dégueulasses', 'des parasites', 'des voleurs', 'fainéants',
    'sales', 'des cons', 'inférieurs', 'dangereux', 'des déchets', 'nuls', 'des sauvages', 'des criminels', 'débiles', 'des racailles'],
  insultOne: ['un connard', 'un con', 'une conne', 'un idiot', 'débile', 'un abruti', 'une salope', 'un bouffon', 'une merde',
    'nul', 'un crétin', 'une pute', 'un enculé', 'moche', 'un menteur', 'un gros naze'],
  dehumanising: ['des rats', 'des cafards', 'des animaux', 'de la vermine', 'une plaie', 'des parasites', 'des sauvages', 'un cancer'],
  positive: ['formidables', 'les bienvenus ici', 'gentils', 'brillants', 'courageux', 'talentueux', 'de super voisins', 'géniaux',
    'des clients fidèles', 'une richesse pour le pays', 'solidaires', 'généreux'],
  condemn: ['raciste', 'dégueulasse', 'inacceptable', 'de la haine', 'honteux', 'du racisme pur', 'grave', 'indigne', 'faux'],
  neutral: ['habitent dans ma rue', 'travaillent dans votre magasin', 'achètent aussi cette marque', 'sont clients depuis des années',
    'fêtent une fête religieuse cette semaine', 'sont venus au lancement', 'ont droit au même service que tout le monde',
    'méritent le respect', 'font partie de cette ville', 'ont le droit de se plaindre ici', "passaient à la radio aujourd'hui",
    "font la moitié de l'équipe", 'peuvent commander sur le site', 'sont dans la nouvelle pub', 'demandent la gamme vegan',
    'tiennent la boulangerie du quartier', 'votent à chaque élection'],
  self: ['Je suis {one} et j\'adore ce chocolat', 'En tant que {one}, je suis cliente depuis dix ans', 'Je suis {one} et fier de l\'être',
    'Ma sœur est {one} et travaille dans votre magasin', 'Je suis {one}, je peux commander en ligne ?', 'Mon meilleur ami est {one}',
    'Je suis {one} et marié depuis longtemps', 'Étant {one}, je trouve la pub très réussie'],
  negatedFrames: ['{G} ne sont pas {I}', 'Non, {G} ne sont pas {I}', 'Je ne déteste pas {G}', "Je n'ai rien contre {G}",
    'Je ne dirais jamais que {G} sont {I}', 'Personne ici ne pense que {G} sont {I}', 'Je ne pense pas que {G} soient {I}',
    "C'est faux de dire que {G} sont {I}", '{G} sont pas {I}, arrêtez', "Il n'est pas vrai que {G} sont {I}"],
  counterFrames: ['Traiter {G} de {Ibare}, c\'est {C}', 'Dire que {G} sont {I}, c\'est {C}', 'Arrêtez de dire que {G} sont {I}, c\'est {C}',
    'Écrire « {G} sont {I} » sous un post, c\'est {C}', 'Ceux qui disent que {G} sont {I} propagent la haine, signalez-les',
    'Le commentaire au-dessus dit que {G} sont {I}. C\'est {C}', 'Si vous pensez que {G} sont {I}, désabonnez-vous : c\'est {C}'],
  reportedFrames: ['Quelqu\'un m\'a traité de {Obare} parce que je suis {one}, je l\'ai signalé', 'Un type m\'a traitée de {Obare} dans le bus',
    'Il l\'a traitée de {Obare} et la modération a supprimé le message', 'On m\'a traité de {Obare} parce que je suis {one}',
    'Ils ont traité mon frère de {Obare} et ont rigolé', 'Se faire traiter de {Obare} parce qu\'on est {one}, ça fait mal'],
  hostileFrames: ['{G} sont {I}', '{G} sont tous {I}', 'Je déteste {G}', 'Tous {G} sont {I}', '{G} sont {D}',
    'Je pense que {G} sont {I}', '{G} sont {D}, qu\'ils rentrent chez eux', 'Franchement {G} sont {I}', 'Pourquoi {G} sont si {I} ?',
    'Dehors {G}, ce sont {D}'],
  hostilePersonFrames: ['T\'es {O}', 'Tu es {O}', 'Vous êtes {O}', 'Ferme-la, t\'es {O}', 'Votre personnel, c\'est {I}',
    'Espèce de {Obare}'],
  neutralPersonFrames: ['Tu n\'es pas {O}, tu t\'es juste trompé', 'Je ne pense pas que tu sois {O}', 'Personne n\'a dit que tu étais {O}',
    'T\'es pas {O}, t\'inquiète', 'Je ne te traiterais jamais de {Obare}', 'Votre personnel n\'est pas {I}, il a été très aidant'],
};

/** French "traiter de X" and "espèce de X" take the noun without its article ("de connard"). */
const bare = (s: string) => s.replace(/^(un|une|des|de la|de l'|du) /, '');

function generate(lang: 'en' | 'fr', L: LangLists, perFrame: number, twins: boolean, rand: () => number): Row[] {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: Row[] = [];
  const fill = (frame: string) => {
    const g = pick(L.groups);
    const o = pick(L.insultOne);
    return frame
      .replaceAll('{G}', g.pl).replaceAll('{one}', g.one)
      .replaceAll('{Ibare}', bare(pick(L.insults))).replaceAll('{I}', pick(L.insults))
      .replaceAll('{D}', pick(L.dehumanising)).replaceAll('{C}', pick(L.condemn))
      .replaceAll('{Obare}', bare(o)).replaceAll('{O}', o);
  };
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const add = (text: string, y: 0 | 1) => out.push({
    text: capitalise(text), lang, y, label: y ? 'hostile' : 'neutral', source: CONTRAST_SOURCE, id: `${lang}-${out.length}`,
  });
  const neutralFrames = [
    ...L.neutral.map((p) => `{G} ${p}`),
    ...L.positive.map((p) => (lang === 'en' ? `{G} are ${p}` : `{G} sont ${p}`)),
    ...L.self, ...L.negatedFrames, ...L.counterFrames, ...L.reportedFrames, ...L.neutralPersonFrames,
  ];
  const hostileFrames = [...L.hostileFrames, ...L.hostilePersonFrames];
  for (const f of neutralFrames) for (let k = 0; k < perFrame; k++) add(fill(f), 0);
  // As many hostile twins as neutral rows, over the same words: the frame is what differs.
  const nNeutral = out.length;
  if (twins) for (let k = 0; k < nNeutral; k++) add(fill(hostileFrames[k % hostileFrames.length]), 1);
  return out;
}

/** Deterministic contrast rows in both languages (`perFrame` sentences of each neutral frame). */
export function contrastRows(seed: number, perFrame = 6, twins = true): Row[] {
  const rand = mulberry32(seed ^ 0x5eed);
  const rows = [...generate('en', EN, perFrame, twins, rand), ...generate('fr', FR, perFrame, twins, rand)];
  // Templates repeat themselves at random: keep each sentence once.
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}
