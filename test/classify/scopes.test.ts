import { describe, expect, it } from 'vitest';
import { analyse, DI, feats } from '../../lib/classify/features';
import { tokens } from '../../lib/classify/tokens';
import { normalisedBuffers } from '../../lib/classify/normalise';
import {
  isAimedThreat, isCounterQuote, isEverydaySense, isGroupDefended, isGroupDisesteemed, isGroupHated, isGroupNamedHostile, isGroupPraised,
  isMentionedOnly, isNewsOfViolence, isObjectAbuse, isPraiseDenied, isSlurUsed, isAbuseCondemned, isGroupAccepted, isClaimCondemned,
  isGroupBlamed, isDoublyDenied, isGroupClaimDenied, isGroupExclusionWished, isRightDenied, isSlurReclaimed, isHarmSuffered, isViolenceAtSomeone, isViolenceDeclared, isStaffInsulted, isWhereaboutsKnown, isViolenceDue, isProductQuestionForGroup, isHarmWished, isVisitThreatened,
} from '../../lib/classify/hostility';
import { classify } from '../../lib/classify/index';

/** Whether the (normalised) word is read inside a negation's or a quote's scope. */
function inScope(text: string, word: string): boolean {
  analyse(text);
  const chars = normalisedBuffers().chars;
  for (let i = 0; i < tokens.count; i++) {
    const w = String.fromCharCode(...chars.subarray(tokens.start[i], tokens.end[i]));
    if (w === word) return feats.negScope[i] !== 0;
  }
  throw new Error(`"${word}" is not a token of "${text}"`);
}

describe('what is mentioned is not asserted', () => {
  it.each([
    ['Calling women stupid is not OK', 'stupid'],
    ['Saying that immigrants are vermin is racist', 'vermin'],
    ['He called me a moron and I reported him', 'moron'],
    ['Traiter les gens de connards, ce n\'est pas acceptable', 'connards'],
    ['Je ne pense pas que les femmes soient bêtes', 'betes'],
    ["I don't think that any of you are idiots", 'idiots'],
    // Spoken French drops the "ne" and puts "pas" after the verb.
    ['Je déteste pas les musulmans', 'deteste'],
    ['Je les déteste pas', 'deteste'],
    ["J'ai jamais dit que t'étais con", 'con'],
    ['Je pense pas que les femmes soient bêtes', 'betes'],
    // Claims introduced in one construction only (2026-11-25).
    ['To say that women are weak is sexist', 'weak'],
    ['People who say Muslims are terrorists have never met one', 'terrorists'],
    ['Anyone who thinks Jews are greedy should read a history book', 'greedy'],
    ['The idea that black people are criminals is a myth', 'criminals'],
    ["L'idée que les noirs seraient des criminels est un mythe", 'criminels'],
    ['Suggesting that gay men are predators is a stereotype', 'predators'],
    // A passive: the speaker is the one called; "du tout" does not use the scope up (2026-11-25).
    ['I got called a moron at the bus stop', 'moron'],
    ['Je ne pense pas du tout que tu sois un connard', 'connard'],
  ])('%s: "%s" is in scope', (text, word) => {
    expect(inScope(text, word)).toBe(true);
  });

  it.each([
    ["I'm calling you an idiot", 'idiot'],
    ['Je dis que tu es un connard', 'connard'],
    // The judging verb ends the quote: the condemnation is the speaker's own.
    ['Calling women stupid is disgusting', 'disgusting'],
    ['You are an idiot', 'idiot'],
    // Quoted at the reader: an insult by proxy, not counter-speech.
    ['Everyone says you are a liar', 'liar'],
    ['They called you a clown and they were right', 'clown'],
    // "pas" after a word that is no verb it could deny, and an order with no subject.
    ['Sale con pas drôle', 'con'],
    ["Crois pas qu'on va faire équipe avec toi le trisomique", 'trisomique'],
    // "say", "thinks", "idea" alone are too common to open a quote (Davidson's tweets).
    ['Trying to say hi to this bitch', 'bitch'],
    ['This bitch thinks she is fancy', 'bitch'],
    ['No idea why this bitch is mad', 'bitch'],
    ['We call them animals because they are', 'animals'],
    // "Nothing but" means "only"; the negator of a hate phrase says the hate.
    ['He is nothing but a parasite', 'parasite'],
    // "Personnes" (people) is no "personne" (nobody).
    ['Les personnes trans sont des malades', 'malades'],
    ["T'es vraiment la personne la plus conne du groupe", 'conne'],
    ["I can't stand idiots like him", 'idiots'],
  ])('%s: "%s" is asserted', (text, word) => {
    expect(inScope(text, word)).toBe(false);
  });
});

describe('a negative question asserts what it seems to deny', () => {
  it.each([
    ["Aren't immigrants just lazy?", 'lazy'],
    ['Les Roms ne sont-ils pas des voleurs ?', 'voleurs'],
  ])('%s: "%s" is asserted', (text, word) => {
    expect(inScope(text, word)).toBe(false);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // A negated "why" urges what it seems to deny, whatever the negation holds.
    ["Why don't these people just go back where they came from?", 'back'],
    ["Pourquoi ces gens ne retournent pas d'où ils viennent ?", 'retournent'],
  ])('%s: "%s" is urged', (text, word) => {
    expect(inScope(text, word)).toBe(false);
  });

  it.each([
    // Not a question; a "why" without a negation.
    ["I can't go back to that store", 'back'],
    ["I don't know why we can't go back", 'back'],
  ])('%s: "%s" stays negated', (text, word) => {
    expect(inScope(text, word)).toBe(true);
  });

  it.each([
    // A denial with a question mark, not a negative question.
    ['Women are not stupid, right?', 'stupid'],
    ["Les femmes ne sont pas bêtes, d'accord ?", 'betes'],
  ])('%s: "%s" stays denied', (text, word) => {
    expect(inScope(text, word)).toBe(true);
  });
});

describe('violence under a modal verb is a threat', () => {
  const threat = (t: string) => { analyse(t); return feats.dense[DI.threat]; };
  it.each([
    'Someone should shoot every one of them',
    'Il faudrait tous les fusiller',
    'They deserve to burn',
  ])('%s', (text) => {
    expect(threat(text)).toBeGreaterThan(0);
  });
  it.each([
    'Police shoot a suspect downtown',
    "They should not shoot anyone, that's the point",
  ])('%s is not', (text) => {
    expect(threat(text)).toBe(0);
  });
});

describe('hostile words only mentioned (denied, quoted, reported) are held under balanced', () => {
  const mentioned = (t: string) => { analyse(t); return isMentionedOnly(); };
  it.each([
    'Women are not stupid, stop saying that',
    'Saying that immigrants are vermin is racist',
    'He called me a moron and I reported him',
    "I don't hate immigrants",
    'Je ne pense pas que les femmes soient bêtes',
    "Tu n'es pas con, tu t'es juste trompé",
    "Je déteste pas les arabes, j'en ai plein dans ma famille",
    // The judgement of a quoted or denied claim condemns the claim.
    'To say that women are weak is sexist nonsense',
    'Suggesting that gay men are predators is a vile stereotype',
    'I would never say that black people are apes, that is disgusting',
    // A hate word that names hate condemns it: "hate speech", "c'est de la haine".
    'Calling trans people freaks is hate speech',
    "Traiter les Roms de voleurs, c'est de la haine",
    // An impersonal judgement of the claim that follows it; others' claim after "people say".
    "It's shameful that people say Jews are greedy",
    "C'est honteux que certains disent que les Roms sont des voleurs",
    // Agreement after a denial keeps the denial.
    "Women are not stupid, that's true",
    // An impersonal judgement of an infinitive of saying: "it's racist to call...".
    "It's sexist to call women hysterical",
    "C'est raciste de traiter les Arabes de voleurs",
    "It's racist to say that Mexicans are criminals",
  ])('%s', (text) => {
    expect(mentioned(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // A negated imperative insults all the same, and one insult outside the scope is used.
    "Don't be stupid",
    "You're not stupid, you're a moron",
    'You are a moron',
    "I'm calling you an idiot",
    // A "but" takes the denial back.
    "I'm not saying you're stupid, but you act like it",
    "Je dis pas que t'es con, mais bon",
    'Je déteste les musulmans',
    'Women are weak, and saying that is not sexist, it is true, you idiot',
    // Hate said, not named.
    'I hate trans people, calling them freaks is fair',
    // Agreeing with the quote makes it the speaker's own; the judgement aimed at "you".
    'People say Jews are greedy, and they are right',
    "It's disgusting that you are such an idiot",
    "It's stupid to call it a day, you moron",
    // The speaker's own saying: "I have to say that...", "it's fair to say that...".
    'I have to say that immigrants are parasites',
    "It's fair to say that Muslims are savages",
  ])('%s is not', (text) => {
    expect(mentioned(text)).toBe(false);
  });
});

describe('strong words about a thing are a complaint, not hostility', () => {
  const objectAbuse = (t: string) => { analyse(t); return isObjectAbuse(); };
  it.each([
    'This app is fucking garbage',
    'Your app is garbage',
    'Cette appli est vraiment nulle',
    'Ce chocolat est dégueulasse',
    'This chocolate is disgusting',
    // A violent verb whose subject is a product is a joke or a complaint, not a threat.
    'This cake will kill you',
    'Ce gâteau va te tuer',
    'These prices are killing me',
    // The strong word before the thing, as its adjective.
    'I did a dumb thing',
    'What a garbage update',
    // A pronoun for a thing or a situation, no article: a judgement, not an insult to anyone.
    'This is ridiculous',
    "I'm obsessed with this bar, it's insane",
    "C'est débile",
    // The same word said again is the same judgement; 💣 reads as "bomb".
    'This bar is 💣💣💣',
    // A verb that judges its subject needs no copula.
    'This sucks',
    'It freaking sucks',
    // A hedge between ("a bit"), a thing of a customer's account, a joke made in jest.
    'The amount of spam that hits my inbox is a bit ridiculous',
    'I changed my name as a joke with my friends',
    // A violent verb used figuratively: of time, "for" something, "it".
    'Kill some time with our new puzzle game',
    'Tuez le temps avec ce jeu',
    'I could kill for a coffee',
    // A hate verb that names a thing: a day, the weather, a vegetable, traffic.
    'I hate Sundays, so much to do',
    'Je déteste le dimanche soir',
    "Honestly I can't stand broccoli",
    'Je ne supporte pas les épinards',
    'I hate the rain',
    'Traffic jams are so stupid',
    // Describing words between the hate verb and the thing; adverbs of degree and time between
    // the thing and the judgement; a thing after a phrase ("putain de").
    'I hate this useless laptop',
    'I loathe wet Tuesdays',
    'The delivery yesterday was totally disgusting',
    "Le colis aujourd'hui était carrément dégueulasse",
    'Encore ce putain de bouchon sur le périph',
    'Cette putain de canicule, je dors plus',
    // More things: a keyboard, a delivery service; a day hated.
    'This keyboard is trash',
    'Le service de livraison est vraiment nul',
    'I hate cloudy days',
    // Two judgements joined by "and".
    'This heat is awful and disgusting',
    // A word of time with its determiner between the thing and the copula.
    'The delivery this morning was a joke',
    // Weather with a copula between: a judgement of the weather.
    'The weather today is absolutely disgusting',
    'Cette météo est franchement pourrie',
    // Dishes with a copula, or pointed at (2026-11-25).
    'This pizza is disgusting',
    'What a gross burger',
    'Cette soupe est dégueulasse',
    // Vehicles pointed at (2026-11-25).
    'That stupid train is late',
    'Ce train pourri est encore en retard',
    // French rules and smells; a smell pointed at (2026-11-25).
    'Ces règles débiles ne servent à rien',
    "Cette appli est un gaspillage stupide d'argent",
    // An exclamation about what happened.
    'The box arrived crushed, what a disgrace',
    'Colis arrivé ouvert, quelle honte.',
    'This soup tastes like garbage',
    'What a disgusting smell',
    // Weather pointed at; a match or a concert (2026-11-25).
    'Look at this disgusting weather',
    'Quelle journée, ce froid dégueulasse',
    "C'était un putain de concert",
  ])('%s', (text) => {
    expect(objectAbuse(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    'You are garbage',
    'This guy sucks',
    'Bill is an idiot',
    'I said it as a joke, you moron',
    'I will kill you for this',
    'Kill them for it',
    'This app is garbage and you are an idiot',
    'Your support team is useless',
    'Muslims are garbage',
    // The product is no cover for a threat phrase.
    'This cake is bad and I will kill you',
    'You stupid thing',
    "C'est un connard",
    "That's an idiot",
    // "This" before a noun is no pronoun for a thing.
    'This bitch is crazy',
    'This is ridiculous, you are a moron',
    'Ce produit va te tuer, je vais te buter',
    // A hate verb at people, even with a thing in the sentence; a day greeting someone.
    'I hate immigrants and their food',
    'I hate you and your app',
    "Can't stand Muslims, they ruin everything",
    'Happy Monday you bitch',
    // Describing words, then people: no thing; a day after one insult word is a greeting; weather
    // with no copula before the insult.
    'I hate those lazy Mexicans',
    'Bad bitch Friday',
    'Hot weather bitches',
    'I hate this stupid guy',
    // A dish next to an insult alone: a vocative follows it.
    'Make me a sandwich bitch',
    'Gimme that beer, bitch',
    'See you this weekend hoe',
    // "Smell" and "rule" are verbs too.
    'These bitches smell like fish',
    'He tweet like a bitch',
    'What a joke you are',
  ])('%s is not', (text) => {
    expect(objectAbuse(text)).toBe(false);
    expect(classify(text).hostility.flagged).toBe(true);
  });
});

describe('a threat aimed at someone is flagged at the balanced sensitivity', () => {
  it.each([
    'I am going to find you and hurt you',
    'We know where you live',
    'On va vous retrouver, je vous attends à la sortie',
    'Je vais te casser la gueule',
    'Je te tuerai',
    // The present tense threatens as well as the future.
    'Je te tue si je te croise',
    'Toi je te bute',
    "Je t'égorge, sale chien",
    "Tu vas voir ce qui va t'arriver",
    'Tu ne perds rien pour attendre',
    'Someone should teach you a lesson',
    // A death wish names its target in the third person.
    "Qu'il crève !",
    "Ouais mais moi je voulais qu'elle crève",
    'I hope he dies',
    'He deserves to die',
    'Il mérite de crever',
    // A violent verb ordered or intended at someone named by a pronoun.
    'Kill them all',
    'Shoot them.',
    'I will beat her up',
    'Tuez-les tous',
    'Je vais la frapper',
    // A violent verb intended at members of a group; a death wish for a group.
    "I'm going to shoot every Muslim on that street",
    'I will stab the next Jew who looks at me',
    'Je vais frapper tous les immigrés du quartier',
    'I will kill those immigrants',
    "Les réfugiés ? J'espère qu'ils crèvent",
    "I wish they'd all die, those migrants",
    // A French future is an intent of its own.
    'Je tirerai sur tous les Roms du quartier',
    // A bullet deserved.
    'Every refugee deserves a bullet',
    'Chaque Rom mérite une balle',
    // Bodily harm intended at someone: a verb that harms, a body part (2026-11-25).
    "I'm gonna snap that Muslim guy's neck",
    'Je vais briser les os de ce type',
    // A harm intended at members of a group picked out; violence a group is said to deserve,
    // words between (2026-11-25).
    "I'm gonna run over every Muslim in that march",
    'Je vais écraser tous les Roms du camp',
    'Every refugee should be deported or hanged',
    'Les Roms devraient être expulsés puis fusillés',
    // A present after "if": the condition makes it an intent.
    'If I see a Roma man tonight I kill him',
    // A lesson given to them, a group named before (2026-11-25).
    'On va chercher des Roms pour leur donner une leçon',
    // Made to disappear (2026-11-25).
    "We're going to make the Roma disappear",
    // Hunting people down (2026-11-24).
    'I will hunt down every Muslim in this town',
    'Je vais traquer chaque immigré du quartier',
  ])('%s', (text) => {
    analyse(text);
    expect(isAimedThreat()).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
    expect(classify(text).hostility.labels).toContain('threat');
  });

  it.each([
    // Quoted or reported, it is the rule of mentions that applies.
    'He said he would find me, so I called the police',
    'This cake will kill you',
    // "It" is a thing, not a person.
    'It deserves to die, this update',
    // Regret of a missed offer is marketing, not a threat.
    "You'll regret missing this sale",
    // Present forms with no one aimed at are other words: an idiom, the news, fun.
    'Ce froid me tue',
    // A thing, not someone; and a negated order.
    "I'm going to kill this level tonight",
    'Kill the lights when you leave',
    "Don't kill them",
    'Un homme a été tué hier soir',
    "Je m'éclate avec ce nouveau parfum",
    // A colour is no group; a group named with no intent is no threat of this kind.
    "We're going to attack the white tower first",
    'Police shot a black man yesterday',
    'Je tuerai le temps en lisant le menu',
    // Harm to a thing or to oneself names no one else.
    "I'm going to break the neck of this bottle",
    "I'm gonna break my leg on these stairs",
    // "Écraser" of a thing; violence denied.
    'Je vais écraser ma cigarette',
    'Refugees should not be killed',
    // A lesson the group teaches.
    'Refugees can teach us a lesson in courage',
    "I'm going to make this stain disappear",
  ])('%s is not one', (text) => {
    analyse(text);
    expect(isAimedThreat()).toBe(false);
  });
});

describe('violence the speaker says they do to someone, conjugated, is a threat', () => {
  const declared = (t: string) => { analyse(t); return isViolenceDeclared(); };
  const atSomeone = (t: string) => { analyse(t); return isViolenceAtSomeone(); };
  it.each([
    // French: the subject, the object pronoun, the verb in the present or the future.
    'Ton vendeur, je le gifle la prochaine fois',
    "Celui qui a écrit ça, je l'étrangle",
    'Si vous refusez encore, on vous écrasera',
    "J'te défonce si tu reviens",
    // The subject, the verb, and what is "yours".
    'Encore un retard et je crame votre entrepôt',
  ])('%s', (text) => {
    expect(declared(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
    expect(classify(text).hostility.labels).toContain('threat');
  });

  it.each([
    // English -ing forms, after "if" or the speaker's own progressive at "you".
    'If he shows up again I am punching him',
    "We're hunting you all down tonight",
  ])('%s', (text) => {
    expect(atSomeone(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Denied, reflexive, an object that is a thing, or a verb the lists leave out (« fumer »).
    'Je ne le frappe pas, je lui parle',
    "Je me suis fait écraser au foot, quelle équipe",
    'Cette cigarette, je la fume dehors',
    'La police le tabasse, regardez la vidéo',
  ])('%s is not', (text) => {
    expect(declared(text)).toBe(false);
  });

  it.each([
    // Someone else's violence, reported ("were" is no "we're").
    'They were beating him when the police arrived',
    'They were hunting you down all night in the game',
    'I saw them punching him outside the bar',
  ])('%s is not', (text) => {
    expect(atSomeone(text)).toBe(false);
  });
});

describe("the brand's staff insulted, threatened or wished harm is flagged at the balanced sensitivity", () => {
  const staffInsulted = (t: string) => { analyse(t); return isStaffInsulted(); };
  const whereabouts = (t: string) => { analyse(t); return isWhereaboutsKnown(); };
  const due = (t: string) => { analyse(t); return isViolenceDue(); };

  it.each([
    // A member of staff, "to be", an insult (one word of its own may qualify it).
    ['The cashier at your Bristol shop is a lazy idiot', 'harassment'],
    ['Votre livreur est un vrai crétin', 'harassment'],
  ])('%s', (text, label) => {
    expect(staffInsulted(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
    expect(classify(text).hostility.labels).toContain(label);
  });

  it.each([
    // A department is a service, not a person; an insult of someone else; an insult denied.
    'Your customer service is useless',
    'Your agent was helpful, unlike the idiot before',
    "Votre conseiller n'est pas un idiot",
  ])('%s is not', (text) => {
    expect(staffInsulted(text)).toBe(false);
  });

  it.each([
    'Tell the moderator we know where he lives',
    'On sait où il travaille, ton vendeur',
  ])('%s', (text) => {
    expect(whereabouts(text)).toBe(true);
    expect(classify(text).hostility.labels).toContain('threat');
  });

  it.each([
    "I don't know where she lives",
    'Do you know where the store is?',
  ])('%s is not', (text) => {
    expect(whereabouts(text)).toBe(false);
  });

  it.each([
    'That waiter deserves to be punched',
    'Ce livreur mériterait une bonne claque',
    'Le caissier devrait être giflé',
  ])('%s', (text) => {
    expect(due(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Said of a plan; a rest deserved; no one deserving it.
    'The project should be killed before launch',
    'She deserves a good rest after this week',
    'Nobody deserves to be punched',
  ])('%s is not', (text) => {
    expect(due(text)).toBe(false);
  });
});

describe("a customer's question about a product for a group is held under balanced", () => {
  const asked = (t: string) => { analyse(t); return isProductQuestionForGroup(); };
  it.each([
    'Is your new range suitable for Jewish families who keep kosher?',
    'Vos biscuits sont-ils adaptés aux musulmans pendant le ramadan ?',
    'Do you sell gluten-free options for disabled customers with allergies?',
  ])('%s', (text) => {
    expect(asked(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Why a brand caters to a group questions the group's place; a statement; a hostile word.
    'Why do your stores have options for Muslims at all?',
    'Your shop has halal options for Muslim customers.',
    'Do you have options for Muslim terrorists too?',
  ])('%s is not', (text) => {
    expect(asked(text)).toBe(false);
  });
});

describe('harm wished on someone, and a visit promised, are threats', () => {
  const wished = (t: string) => { analyse(t); return isHarmWished(); };
  const visit = (t: string) => { analyse(t); return isVisitThreatened(); };
  it.each([
    'I really hope the guy who made this update gets cancer',
    "J'espère qu'il se fera écraser en sortant du magasin",
  ])('%s', (text) => {
    expect(wished(text)).toBe(true);
    expect(classify(text).hostility.labels).toContain('threat');
  });

  it.each([
    // Wished well; a thing, not a person.
    "I hope he doesn't suffer too much after the surgery",
    'I hope this old app finally dies',
  ])('%s is not', (text) => {
    expect(wished(text)).toBe(false);
  });

  it.each([
    'If you ban me again, my friends will pay you a little visit',
    'On va rendre une petite visite à votre gérant, il va pas aimer',
  ])('%s', (text) => {
    expect(visit(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    'Our technician will pay you a visit on Monday to fix the fridge',
    "If you're in Lyon, I'd like to visit your shop",
  ])('%s is not', (text) => {
    expect(visit(text)).toBe(false);
  });

  it('what someone deserves to suffer is due violence', () => {
    analyse('Every one of you deserves to suffer');
    expect(isViolenceDue()).toBe(true);
    // « il », « elle » are people more often than things.
    analyse('Il mérite de souffrir, ce livreur');
    expect(isViolenceDue()).toBe(true);
  });
});

describe('a verdict on how something went, alone after a complaint, is no insult', () => {
  it.each([
    'Three weeks for a refund, absolutely pathetic.',
    'Colis perdu deux fois, vraiment lamentable.',
  ])('%s', (text) => {
    analyse(text);
    expect(isObjectAbuse()).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // About a person, or the whole comment.
    'He ignored me for an hour, pathetic.',
    'Pathetic.',
  ])('%s is not', (text) => {
    analyse(text);
    expect(isObjectAbuse()).toBe(false);
  });
});

describe('news of violence with nothing aimed at anyone is held under balanced', () => {
  const news = (t: string) => { analyse(t); return isNewsOfViolence(); };
  it.each([
    'The killer was arrested near the shop',
    'Gunman shot three people at the mall, police say',
  ])('%s', (text) => {
    expect(news(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // The speaker's wish or order, someone aimed at, a group named.
    'I hope the gunman gets shot',
    'Police should shoot them all',
    'You will be the next victim',
    'Muslims attacked the police again',
  ])('%s is not', (text) => {
    expect(news(text)).toBe(false);
  });
});

describe('a group called a hostile name is flagged at the balanced sensitivity', () => {
  const named = (t: string) => { analyse(t); return isGroupNamedHostile(); };
  it.each([
    // Words a training source also used as neutral ("trash talk", "the brain of an ape").
    'Muslims are trash',
    'Jews are apes',
    'Trans people are all just freaks',
    'Les Roms sont tous des voleurs',
    'Les personnes handicapées sont des parasites',
    // A label of crime; a pronoun for a group named before it (2026-11-24).
    'Refugees are all rapists',
    'Les Roms ? Ce sont tous des voleurs',
    'I met some Afghans yesterday, they are criminals like the rest',
    'Refugees are locusts',
    'Saw a Black guy at the station, they are all dealers',
    // Things said of people; "ne ... que" restricts, it does not deny (2026-11-25).
    'Women are just property',
    'Les femmes ne sont que des choses',
    'Refugees are vegetables',
  ])('%s', (text) => {
    expect(named(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Denied, quoted, a generalisation denied, a colour, a thing.
    'Muslims are not trash',
    'Saying that Jews are apes is racist',
    'Not all feminists are crazy',
    'Les femmes ne sont pas des objets',
    'White is trash as a wall colour',
    'This bar is trash',
  ])('%s is not', (text) => {
    expect(named(text)).toBe(false);
  });
});

describe('esteem denied to a group is flagged at the balanced sensitivity', () => {
  const disesteemed = (t: string) => { analyse(t); return isGroupDisesteemed(); };
  it.each([
    "Honestly I don't trust Arabs",
    'I will never respect those refugees',
    "J'aime pas trop les Roms",
    'Je ne fais pas confiance aux musulmans',
    // Refusing to deal with a group's members: hire, rent, marry (a probe, 2026-11-24).
    "We won't hire any Muslims here",
    'I would never rent to a Mexican',
    "Je n'épouserai jamais un Arabe",
    // A colour with a noun for a person names a group.
    'I would never rent to a Black family',
    "Je n'embaucherai jamais un mec noir",
    'I would never let a Roma family into my shop',
    'Je ne pourrais jamais aimer un Arabe',
    'I could never love a Mexican',
    'I would never work for a Jew',
  ])('%s', (text) => {
    expect(disesteemed(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Esteem not denied, of a thing, of a colour; a denied dislike.
    'I really like my Muslim neighbours',
    "I don't like the new recipe",
    "I don't like white chocolate",
    "Je n'aime pas le chocolat noir",
    "We don't hire interns in December",
  ])('%s is not', (text) => {
    expect(disesteemed(text)).toBe(false);
  });
});

describe('hate for a group said outright is flagged at the balanced sensitivity', () => {
  const hated = (t: string) => { analyse(t); return isGroupHated(); };
  it.each([
    'I detest all of the refugees',
    'Honestly I loathe every single Jew',
    "J'exècre tous les Roms",
    // The group as the subject of a feeling the speaker has.
    'Lesbians make me sick',
    'Les Arabes me répugnent',
    'Les trans m\'insupportent',
    "I just can't bear Mexicans",
    'Je ne peux pas supporter les Roms',
    // A pronoun for a group named before it in the sentence.
    'Our street is full of Roma and I despise them',
    'Il y a trop de migrants ici, je les méprise',
    'Les Roms me donnent la nausée',
    // "Nothing ... more than": a superlative, not a denial (2026-11-25).
    'Nothing disgusts me more than those refugees',
    'Rien ne me dégoûte plus que les Roms',
    // A stop denied: the hate is asserted.
    "I'll never stop hating refugees",
  ])('%s', (text) => {
    expect(hated(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Denied, named as hate, of a thing, or the group hates (no "me").
    "I don't hate Muslims",
    'Hate speech against Muslims is rising',
    'I detest this weather',
    'Immigrants hate the cold here',
    // The pronoun in another sentence than the group.
    'I met some Roma today. Honestly I despise them, those loud neighbours',
    'Nothing disgusts me more than racism against Roma',
  ])('%s is not', (text) => {
    expect(hated(text)).toBe(false);
  });
});

describe('a group blamed for a harm is flagged at the balanced sensitivity', () => {
  const blamed = (t: string) => { analyse(t); return isGroupBlamed(); };
  it.each([
    'Refugees are destroying our neighbourhoods',
    'Les Roms pourrissent nos villes',
    'Muslims invade Europe',
    'Migrants keep stealing our jobs',
    // Taking what is "ours", a burden, a fortune.
    'Migrants are draining our public services',
    'Les migrants pompent nos allocations',
    'Disabled people are a massive burden',
    'Les réfugiés nous coûtent des milliards',
  ])('%s', (text) => {
    expect(blamed(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Denied; no group the subject; the group is what is harmed.
    'Refugees are not draining our services',
    'Immigrants work in our shops and take our orders',
    'Storms ruin the harvest',
    "The war destroyed the refugees' homes",
  ])('%s is not', (text) => {
    expect(blamed(text)).toBe(false);
  });
});

describe('a group called a name through two denials is flagged at the balanced sensitivity', () => {
  const doubly = (t: string) => { analyse(t); return isDoublyDenied(); };
  it.each([
    "I've never known a refugee who wasn't a thief",
    "Je n'ai jamais vu un Rom qui ne soit pas un voleur",
  ])('%s', (text) => {
    expect(doubly(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // One denial only; nothing hostile named.
    "I've never known a refugee who was a thief",
    "I've never met a Muslim who wasn't kind",
  ])('%s is not', (text) => {
    expect(doubly(text)).toBe(false);
  });
});

describe('a place wished without a group is flagged at the balanced sensitivity', () => {
  const wished = (t: string) => { analyse(t); return isGroupExclusionWished(); };
  it.each([
    'We want a town without any refugees',
    'Je rêve d\'une France sans aucun Rom',
  ])('%s', (text) => {
    expect(wished(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Without bigotry, not without the group; no wish.
    'We want a town without racism against refugees',
    'Refugees arrived without any papers',
  ])('%s is not', (text) => {
    expect(wished(text)).toBe(false);
  });
});

describe('a right denied to a group is flagged at the balanced sensitivity', () => {
  const rightDenied = (t: string) => { analyse(t); return isRightDenied(); };
  it.each([
    'Refugees should not be allowed to work',
    'Les Roms ne devraient pas avoir le droit de voter',
    // What a group should not do at all.
    'Les Roms ne devraient pas travailler ici',
  ])('%s', (text) => {
    expect(rightDenied(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // A right granted; a denial of the right denied; no group.
    'Refugees should be allowed to work',
    'Refugees must never be denied the right to work',
    'Refugees should not have to work on Sundays',
    'Children should not be allowed to drink',
  ])('%s is not', (text) => {
    expect(rightDenied(text)).toBe(false);
  });
});

describe('a slur reclaimed by the speaker is held under balanced', () => {
  const reclaimed = (t: string) => { analyse(t); return isSlurReclaimed(); };
  it.each([
    "We're queer and proud, see everyone at the march",
    "We're dykes and we love your new campaign",
    'Proud to be a fag',
    'Nous sommes gouines et fières',
    'En tant que pédé, cette campagne me touche',
  ])('%s', (text) => {
    expect(reclaimed(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Said of another; at "you"; a slur the lists hold but no community took back; "as" alone.
    'Look at those dykes',
    "You're a dyke",
    "I'm a bitch and proud",
    'Lucky as fag',
    'Proud to be a dyke, unlike you pathetic idiots',
  ])('%s is not', (text) => {
    expect(reclaimed(text)).toBe(false);
  });
});

describe('a negative claim about a group denied is held under balanced', () => {
  const denied = (t: string) => { analyse(t); return isGroupClaimDenied(); };
  it.each([
    'Refugees are not lazy',
    'Gay people are not mentally ill',
    'Les Roms ne sont pas des malades',
    // The whole claim called untrue.
    "It's not true that refugees are lazy",
    // Nouns of a claim the lists hold no judgement for.
    'Refugees are not a drain on the welfare state',
    'Les Roms ne sont pas une menace',
    // "Not all": the generalisation denied (2026-11-25).
    'Not all refugees are criminals',
    // A refusal to believe the claim.
    'I refuse to believe that refugees are lazy',
    'Je refuse de croire que les femmes sont faibles',
  ])('%s', (text) => {
    expect(denied(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Taken back, hostile besides, praise denied, or "ne ... rien" that says the insult.
    'Refugees are not a burden, but they are parasites',
    'Women are not welcome here',
    'Les Roms ne sont bons à rien',
  ])('%s is not', (text) => {
    expect(denied(text)).toBe(false);
  });
});

describe('harm a group suffers, reported, is held under balanced', () => {
  const suffered = (t: string) => { analyse(t); return isHarmSuffered(); };
  it.each([
    // A verb of suffering and the harm after it.
    'Lesbian couples still face hostility when they look for a flat',
    'Muslim pupils experience racism from some teachers',
    'Les femmes handicapées subissent des violences plus souvent que les autres',
    // A passive that reports, an adverb between.
    'Gay activists were harassed by the police',
    'Jewish families have been repeatedly targeted this year',
    'Des migrants ont été agressés près de la gare',
    // Hate as a noun is others'.
    'Des élus musulmans ont été ciblés par une vague de haine',
    // Hardship and disadvantage.
    'Disabled students face barriers at every exam',
    'Black women are still paid less than white men',
    'Les femmes noires touchent bien moins que leurs collègues',
    'Des familles musulmanes se sont vu refuser une location',
  ])('%s', (text) => {
    expect(suffered(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Wished, ordered or deserved, before or after the group.
    'Gay activists should be harassed',
    'I wish Muslim pupils got harassed more',
    'Migrants need to be deported at once',
    'Les migrants doivent être expulsés',
    "J'espère que les migrants seront agressés",
    // The harm approved of.
    'Jewish graves were targeted and they had it coming',
    'Les migrants ont été agressés, bien mérité',
    // Hostile besides the harm.
    'Refugees face hostility because they are parasites',
  ])('%s is not', (text) => {
    expect(suffered(text)).toBe(false);
  });
});

describe('a group named with praise, and nothing hostile, is held under balanced', () => {
  const praised = (t: string) => { analyse(t); return isGroupPraised(); };
  it.each([
    'I love my gay friends',
    'Proud to be a lesbian',
    "J'adore les musulmans",
    'Les noirs sont magnifiques',
    // Support, rights and everyday ties (counter-speech written for a probe, 2026-11-25).
    'Women in engineering deserve equal pay',
    'My Muslim colleagues donated blood at the hospital',
    'Les réfugiés ont des droits et méritent le respect',
    'Mes voisins juifs sont adorables',
    // The speaker's own group, and everyday ties (a probe of functional tests, 2026-11-24).
    "I'm a Muslim woman living in Leeds",
    'We are lesbians who run a small café',
    'En tant que femme noire, je trouve cette pub réussie',
    'My sister and her wife are both immigrants',
    'Arabs are so nice and caring',
    'Les femmes trans sont belles',
    'Immigrants are outstanding nurses',
    'Les Roms sont d\'excellents musiciens',
    'Les femmes voilées sont inspirantes',
    // The speaker's relatives.
    'My grandma is Jewish and she taught me to bake',
    'Mon oncle est musulman',
    // Much brought to somewhere; enriched (2026-11-25).
    'Refugees bring so much to our town',
    'Les réfugiés apportent tellement à notre ville',
    'Immigrants enrich our culture',
    // Pride; the speaker's doctor or teacher (2026-11-25).
    'The lesbian pride picnic is on Saturday',
    'Mon prof de maths est musulman',
    'Refugee doctors inspire me',
    // Royalty and heroes; a country built (2026-11-25).
    'Roma women are queens',
    'Refugees built this city',
    'Protecting refugees is our duty',
    'Roma families are so resilient',
    'Le serveur handicapé était très serviable',
    'So glad to see Roma musicians in your advert',
    'Je suis contente de voir des réfugiés dans votre campagne',
  ])('%s', (text) => {
    expect(praised(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // A negative word, a negation, an insult or a slur rules praise out.
    'I love how immigrants ruin everything',
    "J'aime pas les noirs",
    'I love my gay friends but the rest are faggots',
    'Muslims are great at being idiots',
    'Muslims deserve to be deported, all of them',
    'Les réfugiés ne méritent aucun respect',
    // No group named: nothing to hold.
    'I love this chocolate',
    // Another group than the speaker's, after "and" or a comma.
    "We're Christians and the Muslims must leave",
    'As a woman, I think refugees should go home',
    // Someone else's relatives: "ta mère" is an insult of its own.
    'Ta mère est une Arabe',
    // Much of something named; no group of the speaker's after "I'm" or "je suis" (2026-11-25).
    'Refugees bring so much crime',
    'Je suis contre les Roms',
    "I'm going to visit the Roma camp",
    // Praise in one sentence, an attack on a group in the next (2026-11-25).
    "Lovely chocolate as always. Shame you hired that Roma girl, they're all thieves",
    'I used to love this shop. Now you hire refugees, so I will wait outside your store to teach them a lesson',
    // A colour's pride is a slogan of hate.
    'White pride, proud of our people',
  ])('%s is not', (text) => {
    expect(praised(text)).toBe(false);
  });

  it('the hostile ones stay flagged', () => {
    expect(classify('I love how immigrants ruin everything').hostility.flagged).toBe(true);
    expect(classify("J'aime pas les noirs").hostility.flagged).toBe(true);
  });
});

describe('those who said it are judged, not the group', () => {
  it.each([
    'Ceux qui disent que les Roms sont des voleurs devraient avoir honte',
  ])('%s', (text) => {
    analyse(text);
    expect(isMentionedOnly()).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Shame alone mentions nothing.
    'Shameful.',
  ])('%s is not mentioned only', (text) => {
    analyse(text);
    expect(isMentionedOnly()).toBe(false);
  });
});

describe('abuse quoted to be reported or condemned is held under balanced', () => {
  const counter = (t: string) => { analyse(t); return isCounterQuote(); };
  it.each([
    "« Sale arabe » : voilà ce qu'on m'a crié dans le métro. C'est inadmissible.",
    "On m'a traité de « négro » au travail, j'ai porté plainte.",
    "Someone wrote 'go back to your country' under my post. Disgusting.",
    "Stop using 'retard' as an insult.",
    'He said "you are an idiot" and left',
    // A word that condemns the quote: hurtful, ashamed, mensonge; "hate crime" names hate.
    'Comments like "women are dumb" are hurtful to my daughters',
    'Anyone who posts "immigrants are rats" should be ashamed',
    "« Les Arabes sont des voleurs » : encore ce mensonge.",
    'Painting "Jews are vermin" on a synagogue is a hate crime',
    // Written on a wall; judged right after the closing quotation mark.
    'Somebody scrawled "Arabs out" on our door',
    '"Women are dumb" is such a stupid thing to post',
    "« Les Roms sont des voleurs » : c'est une remarque raciste",
    // Called untrue right after the closing mark (2026-11-25).
    '"Refugees are rapists" is a lie',
    '« Les Roms sont des voleurs » est un mensonge',
    // Posted and sanctioned.
    'Publier « les Roms sont des voleurs » lui a valu un bannissement',
    // Moderation asked for.
    'Comments like "refugees are vermin" under this post: please moderate',
    '"Refugees are a burden" is an awful thing to say',
    // Out of date; said again and again (2026-11-25).
    '"Refugees should go home" is an archaic idea',
    'Mon voisin répète « les Roms sont des voleurs » depuis des années',
    // Judged by "that's" after a dash; denied a reason's standing; what it did to the speaker (2026-11-25).
    '"Refugees are rapists" — no, that\'s plain racist',
    '"Go home, Roma" is not an argument',
    'She called me a "dyke" at work. It really hurt',
    "Quelqu'un a posté « les Arabes dehors » sur le forum",
  ])('%s', (text) => {
    expect(counter(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Scare quotes, with nothing reported: the speaker's own claim.
    'Muslims are "vermin"',
    'You are a "professional" idiot',
    // Reported, but an insult at the reader outside the quotes.
    "Someone wrote 'go back to your country' and you are an idiot for liking it",
    // A possessive opens no quotation.
    "The students' teacher said they are idiots",
    // Said or quoted without a word condemning it: Davidson labels such tweets offensive.
    'I keep telling her "you are a stupid hoe" lol',
    // A condemnation of the quote, but a slur used outside it.
    'Saying "gays are sick" is hurtful, you faggot',
  ])('%s is not', (text) => {
    expect(counter(text)).toBe(false);
  });
});

describe('praise denied to a group is flagged at the balanced sensitivity', () => {
  const denied = (t: string) => { analyse(t); return isPraiseDenied(); };
  it.each([
    'Refugees will never be welcome here',
    'Les Roms ne seront jamais dignes de confiance',
    'No Muslim deserves respect',
    "Aucune femme n'est capable de diriger une équipe",
    'No Jew is normal',
    // A negator before the group, a quality denied.
    'I will never treat a Muslim as my equal',
    'Immigrants are never peaceful',
    // Not made for something (2026-11-25).
    'Les Roms ne sont pas faits pour travailler',
  ])('%s', (text) => {
    expect(denied(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // No praise denied, a denial before the group, everyday ties, a quote.
    'Muslims are not to blame for this',
    'Not all immigrants are good cooks',
    'Not every Muslim is a good driver',
    "Ma femme n'a pas d'ami homme",
    'He said "Jews are never welcome" and I reported him',
  ])('%s is not', (text) => {
    expect(denied(text)).toBe(false);
  });
});

describe('a group defended against abuse is held under balanced', () => {
  const defended = (t: string) => { analyse(t); return isGroupDefended(); };
  it.each([
    'Stop spreading rumours about Roma people',
    // The hate itself is what is to stop; "never acceptable" condemns.
    'Stop hating on Muslims',
    'It is not acceptable to insult refugees',
    'Stop insulting Muslims, it helps no one',
    'Shame on anyone insulting refugees',
    'Insulting trans people is unacceptable',
    'Arrêtez d\'insulter les Roms',
    'Cessez de répandre la haine envers les musulmans',
    // Bigotry named against a group, being fed up with abuse, "no place" (2026-11-25).
    'Racism against Roma has no place in this town',
    "Le racisme envers les Roms n'a pas sa place ici",
    "I'm tired of people harassing refugees",
    "J'en ai marre des gens qui insultent les réfugiés",
    // Jokes about a group that are not funny.
    'Jokes about Roma are not funny',
    'Les blagues sur les réfugiés ne sont pas drôles',
    // Hatred named as felt by others; verbs that condemn; an order to stop harassing (2026-11-25).
    'Hatred of refugees is never acceptable',
    "La haine des Roms n'est jamais acceptable",
    'We must denounce racism towards Roma',
    'Arrêtez de harceler les réfugiés',
    // Bigotry or hatred named as the subject: naming it condemns it.
    'Racism against Roma is everywhere in this city',
    'La haine envers les réfugiés progresse',
    // Violence and attacks against a group, an end demanded, condemned (2026-11-25).
    'Violence against Roma has to stop',
    'Les agressions contre les réfugiés doivent cesser',
    'We condemn every attack on refugees',
    // What moderators are asked to do; the speaker's disappointment.
    'Please ban users who insult refugees',
    'Je suis déçue que vous laissiez passer les attaques contre les Roms',
    // Moderation asked; bigotry towards "your" staff judged (2026-11-25).
    'Please moderate the hate against refugees here',
    // Abuse deplored as a problem (2026-11-25).
    'Violence against Roma is still a huge problem',
    'The racism towards your Roma staff is disgusting',
    'Le racisme envers vos employés roms est dégoûtant',
  ])('%s', (text) => {
    expect(defended(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Nothing condemns the abuse, or abuse besides it.
    'Insulting Muslims is my favourite hobby',
    'Stop insulting Muslims, you idiot',
    'Stop defending Muslims, they are vermin',
    // Hatred as an object, denied or excused: no one defended.
    "It's fine to hate refugees, they are locusts",
    'No hate against Jews but Roma are another story',
  ])('%s is not', (text) => {
    expect(defended(text)).toBe(false);
  });
});

describe('a hostile word in its everyday sense is held under balanced', () => {
  const everyday = (t: string) => { analyse(t); return isEverydaySense(); };
  it.each([
    'We found rats in the garage again',
    'Les rats ont tout mangé dans le grenier',
    'The farmer keeps his pigs in a muddy pen',
    'Our bitch had six puppies last night',
    'Put the garbage bags out on Thursday',
    'Le camion des ordures passe à six heures',
    'My dad would light a fag after dinner',
    'Ma pédale de vélo est tordue',
    'Elle apprend la langue mongole',
    // "Lâché" (gave way) folds to "lâche" (a coward).
    'La poignée du sac a lâché au bout d\'une semaine',
    'The storm broke the dyke and flooded the polder',
    'We had faggots and peas for dinner',
    // Cue words from a fourth probe (2026-11-25).
    'The coon dog treed a raccoon',
    'Cheese and crackers for lunch',
    'Un coup de pédale pour grimper la côte',
    'Water poured over the dyke wall',
    'The spook in the spy film defected',
    'He cadged a fag off me outside the pub',
    'Time for a fag break',
    'The rat catcher trapped three rats',
    'Rats got into the bins again',
    'We walked along the dyke at dusk',
    'Range la tapette dans le tiroir',
    // Violence at a pest.
    'Prends la tapette et tue cette mouche',
  ])('%s', (text) => {
    expect(everyday(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Said of a person or a group, or no word picks the everyday sense.
    'You rat, I know what you did in the garage',
    'Muslims are rats in our cellar',
    'What a pig',
    'Sale pédale',
    'Trash like you belongs in a bin',
  ])('%s is not', (text) => {
    expect(everyday(text)).toBe(false);
  });
});

describe('a slur used, not mentioned, is flagged at the balanced sensitivity', () => {
  const used = (t: string) => { analyse(t); return isSlurUsed(); };
  it.each([
    'Les bougnoules du quartier encore',
    'Too many spics in this town',
    'Get lost, k1ke',
    'Those ni66as again',
  ])('%s', (text) => {
    expect(used(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // Quoted, denied, in its everyday sense, reclaimed by the speaker, a group's own name.
    'He called me a "kike" and I reported him',
    "Je ne suis pas un bougnoule, je suis kabyle",
    'They burned a bundle of faggots in the fireplace',
    "As a dyke, I'm proud of this town",
    'Queer people are welcome here',
  ])('%s is not', (text) => {
    expect(used(text)).toBe(false);
  });
});

describe("others' hate after \"who\" is mentioned, not asserted", () => {
  it.each([
    ['Anyone who hates Muslims should read more', 'hates'],
    ['Ceux qui méprisent les femmes me font pitié', 'meprisent'],
  ])('%s: "%s" is in scope', (text, word) => {
    expect(inScope(text, word)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });
});

describe('abuse condemned, or a group accepted, is held under balanced', () => {
  const condemned = (t: string) => { analyse(t); return isAbuseCondemned(); };
  const accepted = (t: string) => { analyse(t); return isGroupAccepted(); };
  it.each([
    'Mocking disabled people is cowardly',
    'Harceler les femmes en ligne, c\'est lâche',
    'Insulting people for their accent is wrong',
    'Bullying lesbians is a crime',
    // Bigotry named as the judgement (2026-11-25).
    "Mocking disabled people isn't humour, it's bigotry",
    "Harceler les Roms, c'est du racisme",
    // Bigotry as the subject; abuse to be punished (2026-11-25).
    'Racism is a disease',
    "L'homophobie est un fléau",
    'Harassing refugees online should be punished',
    'Insulter les Roms devrait être sanctionné',
    // What the act makes of anyone who does it: a generic "you".
    'Insulting refugees makes you a coward',
    'Se moquer des Roms fait de toi un lâche',
    // Bigotry as the subject of a verb of harm.
    'Islamophobia kills',
    // "Has no place"; attacks judged hate crimes.
    "L'islamophobie n'a pas sa place ici",
    'Attacks on synagogues are hate crimes',
  ])('%s', (text) => {
    expect(condemned(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // No judgement that condemns; the act aimed at "you"; abuse besides it.
    'Killing immigrants is fine',
    'Insulting you is wrong, you idiot',
    'Hating Muslims is wrong but they are vermin',
    'Killing refugees should be legal',
    'The attacks on Roma are justified',
  ])('%s is not condemned', (text) => {
    expect(condemned(text)).toBe(false);
  });

  it.each([
    'There is nothing wrong with being a lesbian',
    "Il n'y a aucune honte à être musulman",
    // Nothing bad about a group (2026-11-25).
    "Il n'y a rien de honteux chez les Roms",
    'There is nothing disgusting about refugees',
  ])('%s', (text) => {
    expect(accepted(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    'Nothing wrong with deporting every Muslim',
    'There is nothing wrong with being gay, you faggot',
  ])('%s is not accepted', (text) => {
    expect(accepted(text)).toBe(false);
  });
});

describe('a claim about a group condemned before it is made is held under balanced', () => {
  const condemned = (t: string) => { analyse(t); return isClaimCondemned(); };
  it.each([
    "It's wrong to call Mexicans lazy",
    "It's unfair to say that refugees are lazy",
  ])('%s', (text) => {
    expect(condemned(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // No judgement that condemns, or abuse outside the claim.
    "It's fair to say that refugees are lazy",
    "It's wrong to call Mexicans lazy, they are vermin",
  ])('%s is not', (text) => {
    expect(condemned(text)).toBe(false);
  });
});

describe('an adverb between the copula and its negator still denies', () => {
  it.each([
    ['Immigrants are definitely not criminals', 'criminals'],
    ['Les femmes ne sont vraiment pas bêtes', 'betes'],
  ])('%s: "%s" is denied', (text, word) => {
    expect(inScope(text, word)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });
});
