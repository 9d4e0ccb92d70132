import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/classify/features';
import { classify, explain } from '../../lib/classify/index';
import { isCounterQuote } from '../../lib/classify/rules/counter-speech';
import { isSentBack } from '../../lib/classify/rules/group-attacks';
import { isAddressExposed, isArsonUrged, isLessonUrged, isRevengeUrged, isSuicideUrged, isWhereaboutsSought } from '../../lib/classify/rules/incitement';
import { isPersonInsulted, isReaderInsulted } from '../../lib/classify/rules/person-attacks';
import { isAbuseReported } from '../../lib/classify/rules/reported-abuse';
import { isStaffInsulted as isStaffInsultedRule } from '../../lib/classify/rules/staff-attacks';
import { isObjectAbuse } from '../../lib/classify/rules/things';
import { isHarmWished, isViolenceDeclared, isViolenceDue } from '../../lib/classify/rules/threats';

/** Analyses `text` and asks `rule` about it. */
const ask = (rule: () => boolean) => (text: string) => { analyse(text); return rule(); };

describe('abuse reported to the moderators is held under balanced', () => {
  const reported = ask(isAbuseReported);
  it.each([
    'Some guy below called your waitress a brainless bimbo. Please delete it.',
    'A user keeps telling your intern to go kill herself, ban him',
    "Someone threatened to stab your delivery driver, I've reported it",
    "Un type a traité votre vendeuse de grosse conne, supprimez ce commentaire svp",
    'Un compte écrit que votre directeur est un pédophile. Je l’ai signalé.',
  ])('%s', (text) => {
    expect(reported(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // The speaker's own insult outside the report; the speaker as the one who said it; no request.
    'Report this idiot, he called me a liar',
    'I called your manager a moron and I will again, delete my comment if you dare',
    'Someone called your waitress a brainless bimbo and she is one',
  ])('%s is not', (text) => {
    expect(reported(text)).toBe(false);
  });
});

describe('an insult said to the reader or of a person is flagged at balanced', () => {
  const reader = ask(isReaderInsulted);
  const person = ask(isPersonInsulted);
  it.each([
    "You're all useless morons, just give me my refund",
    'Vous êtes une bande d’incapables, remboursez-moi',
    't’es qu’un gros con',
  ])('%s', (text) => {
    expect(reader(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
    expect(classify(text).hostility.labels).toContain('harassment');
  });

  it.each([
    // Denied; an accusation of lying is a claim; a quality of a thing.
    "You're not an idiot, you just made a mistake",
    "You're lying about the delivery date",
    'You are right, the app is stupid',
  ])('%s is not', (text) => {
    expect(reader(text)).toBe(false);
  });

  it.each([
    'The woman in your new commercial is so ugly',
    'Ce mec de la pub est un abruti',
  ])('%s', (text) => {
    expect(person(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    // What he did is judged; she is accused of lying, a claim.
    "Ce qu'il a fait à ce client est dégoûtant",
    'I think she is lying about the recall',
  ])('%s is not', (text) => {
    expect(person(text)).toBe(false);
  });
});

describe('incitement against a person or the premises is a threat', () => {
  it.each([
    [isWhereaboutsSought, 'Find out where that cashier lives'],
    [isWhereaboutsSought, 'Trouvez où travaille ce vendeur'],
    [isAddressExposed, "I'm sharing the manager's home address tonight"],
    [isAddressExposed, "Je balance l'adresse de la caissière demain"],
    // A possessive's "'s" reads the staff word before it.
    [isAddressExposed, "Everyone post the barista's phone number"],
    [isArsonUrged, "Let's burn down their headquarters"],
    [isArsonUrged, 'Someone should set the store on fire'],
    [isArsonUrged, 'Il faut mettre le feu à leur usine'],
    [isSuicideUrged, 'Keep messaging her until she kills herself'],
    [isSuicideUrged, "Harcelez-le jusqu'à ce qu'il se suicide"],
    [isRevengeUrged, 'Find him and make him pay.'],
    [isRevengeUrged, 'Faites-lui payer !'],
    [isLessonUrged, 'Catch the driver and give him a good hiding'],
    [isLessonUrged, 'Attrapez le livreur et donnez-lui une bonne leçon'],
  ] as const)('%o: %s', (rule, text) => {
    expect(ask(rule)(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
    expect(classify(text).hostility.labels).toContain('threat');
  });

  it.each([
    // A shop's address asked for; a dismissal; news; a plan burnt; a prediction; a price; a lesson learnt.
    [isAddressExposed, 'Can you post the address of your Lyon store?'],
    [isArsonUrged, 'Fire the manager of that store'],
    [isArsonUrged, 'The factory burned down last night, nobody was hurt'],
    [isArsonUrged, 'Burn your marketing plan and listen to customers'],
    [isSuicideUrged, 'Le mec va sûrement se suicider'],
    [isRevengeUrged, 'They make you pay for the bag now'],
    [isLessonUrged, 'This recall will teach him a lesson about quality'],
  ] as const)('%o: %s is not', (rule, text) => {
    expect(ask(rule)(text)).toBe(false);
  });

  it('two participles after "should be": the second is violence due', () => {
    expect(ask(isViolenceDue)('That manager should be dragged outside and beaten')).toBe(true);
    expect(ask(isViolenceDue)('That manager should be fired and replaced')).toBe(false);
  });

  it('the speaker says they will hit whoever they meet first', () => {
    expect(ask(isViolenceDeclared)('Je frapperai le premier vendeur que je vois')).toBe(true);
    expect(ask(isViolenceDeclared)('Je tuerai le temps en lisant')).toBe(false);
  });
});

describe('a verdict in a sentence of its own judges what was done', () => {
  it.each([
    'You sold contaminated bars and kept quiet for a week? Disgraceful.',
    'Vous avez ignoré les familles pendant trois jours. Entreprise lamentable.',
    'Still no answer about the recall. Pathetic company.',
  ])('%s', (text) => {
    expect(ask(isObjectAbuse)(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it.each([
    // Within the clause of a person; alone.
    'He ignored my daughter, pathetic.',
    'Pathetic.',
  ])('%s is not', (text) => {
    expect(ask(isObjectAbuse)(text)).toBe(false);
  });
});

describe('emoji and relative clauses name who is attacked', () => {
  it.each([
    // A dehumanising emoji at the staff, « c'est » taking the subject up again.
    [isStaffInsultedRule, 'Your cashiers are 🐒'],
    [isStaffInsultedRule, "Vos vendeurs c'est des 🐀"],
    // Where they work, in four words.
    [isStaffInsultedRule, 'La vendeuse de votre boutique de Lyon est une idiote'],
    // Whoever does something, then an insult.
    [isPersonInsulted, 'Whoever wrote this ad is a moron'],
    [isPersonInsulted, 'Celui qui a validé cette pub est un abruti'],
  ] as const)('%o: %s', (rule, text) => {
    expect(ask(rule)(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it('a gun wished on someone is harm wished', () => {
    expect(ask(isHarmWished)('Hope your manager gets 🔫')).toBe(true);
    expect(ask(isHarmWished)('Hope my brother gets a new phone')).toBe(false);
  });

  it.each([
    // A relative clause too long to hold a subject; what whoever did is judged, not them.
    [isPersonInsulted, 'Whoever thought that putting the stores in the middle of nowhere was smart is wrong'],
    [isStaffInsultedRule, "Votre service client c'est des incapables"],
    // « a » (has) is no place: the product is judged, not the seller.
    [isStaffInsultedRule, 'Le vendeur a dit que le produit est nul'],
  ] as const)('%o: %s is not', (rule, text) => {
    expect(ask(rule)(text)).toBe(false);
  });
});

describe("put-downs between commenters are flagged, and « lâche rien » is encouragement", () => {
  it.each([
    '@ben you read like you have two brain cells between you',
    '@lucie cope and seethe',
    '@max shut your mouth before someone shuts it for you',
    "@léa t'as qu'un seul neurone ou quoi",
    '@hugo pleure encore, petit flocon',
  ])('%s', (text) => {
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it.each([
    "@sophie ils m'ont répondu au bout d'une semaine, lâche rien",
    'Lâchez pas, le remboursement finit par arriver',
  ])('%s', (text) => {
    expect(classify(text).hostility.flagged).toBe(false);
  });

  it('a coward is still a coward when « rien » is near but not next', () => {
    expect(classify("espèce de lâche, t'as rien dans le ventre").hostility.flagged).toBe(true);
  });
});

describe('people told to go back to a country are attacked for who they are', () => {
  const sentBack = ask(isSentBack);
  it.each([
    'Retournez au Maroc, toute votre équipe',
    'Just go back to Africa, all of you',
  ])('%s', (text) => {
    expect(sentBack(text)).toBe(true);
    expect(classify(text).hostility.labels).toContain('identity_attack');
  });

  it.each([
    'Go back to the store and ask for a refund',
    'We should go back to Italy next summer',
    'If you go back to your country, try the local version',
    // Quoted to be refuted.
    "« rentre dans ton pays » n'est pas un argument",
  ])('%s is not', (text) => {
    expect(sentBack(text)).toBe(false);
  });

  it('a quoted threat whose writer should be banned is reported, and says so', () => {
    const text = 'Whoever wrote "gas them all" under your post should be banned, that is hate speech.';
    expect(ask(isCounterQuote)(text)).toBe(true);
    expect(classify(text).hostility.flagged).toBe(false);
    expect(explain(text).some((r) => r.label === 'counter_speech')).toBe(true);
  });
});
