import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index';

const flagged = (t: string, sensitivity: 'low' | 'balanced' | 'high' = 'balanced') => classify(t, { sensitivity }).hostility.flagged;
const score = (t: string) => classify(t).hostility.score;

describe('hostility: hostile comments are flagged at the balanced sensitivity', () => {
  it.each([
    'You are a pathetic idiot and everyone knows it',
    'Shut up you stupid bitch',
    'Your support agent is a useless moron',
    'I know where you live and I will find you',
    'go kill yourself loser',
    'fuck you and your garbage company',
    "T'es vraiment qu'un pauvre con",
    'Ferme ta gueule sale connard',
    'Votre conseillère est une incapable, une vraie débile',
    'Je sais où tu habites, tu vas le regretter',
    'Bande de nuls, vous êtes des escrocs',
    // Sexual harassment of a moderator or a member of the community.
    'send nudes',
    'montre tes seins',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('hostility: ordinary comments stay unflagged', () => {
  it.each([
    'Thanks for the quick answer, the new version works great',
    'Is the store on Main Street open on Sunday?',
    'I love the new colour, ordering two more',
    'Merci pour votre réponse rapide, tout fonctionne maintenant',
    'Est-ce que la boutique est ouverte dimanche ?',
    "J'adore ce produit, je le recommande à tous mes amis",
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('a complaint is not hostility', () => {
  it.each([
    'your product broke after two days, I want a refund NOW',
    'Still waiting for my order, this is the third time I write to customer service!!',
    'The app crashed again and I lost my booking. Please fix this.',
    "Ça fait trois semaines que j'attends mon colis, remboursez-moi !",
    "Votre appli plante à chaque mise à jour, c'est inadmissible",
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('profanity aimed at no one', () => {
  it.each([
    "merde, l'appli a encore planté",
    'damn, the app crashed again',
    'shit, my parcel is late again',
  ])('%s carries the profanity label but is only flagged at high sensitivity', (text) => {
    const v = classify(text);
    expect(v.hostility.labels).toContain('profanity');
    expect(v.hostility.flagged).toBe(false);
    expect(flagged(text, 'high')).toBe(true);
  });

  it('profanity aimed at a person is hostile', () => {
    expect(flagged('fuck you, seriously')).toBe(true);
  });
});

describe('sub-labels', () => {
  it('names a threat', () => {
    expect(classify('I will kill you if I see you again').hostility.labels).toContain('threat');
    expect(classify('je vais te retrouver et te défoncer').hostility.labels).toContain('threat');
  });
  it('names an insult aimed at a person as harassment', () => {
    const v = classify('you are a complete idiot');
    expect(v.hostility.labels).toEqual(expect.arrayContaining(['insult', 'harassment']));
  });
  it("names an attack on the brand's staff as harassment", () => {
    expect(classify('the cashier at your store is a lazy idiot').hostility.labels).toContain('harassment');
  });
  it('names an attack on a group as identity attack', () => {
    expect(classify('immigrants are vermin and should be deported').hostility.labels).toContain('identity_attack');
  });
  it('gives no hostility label to a neutral comment', () => {
    expect(classify('Thanks, the parcel arrived this morning').hostility.labels).toEqual([]);
  });
});

describe('negation and counter-speech', () => {
  it('a negated insult scores lower than the insult', () => {
    expect(score("you're not an idiot")).toBeLessThan(score("you're an idiot"));
    expect(score("tu n'es pas un idiot")).toBeLessThan(score('tu es un idiot'));
  });
  it('reporting an insult scores lower than saying it', () => {
    expect(score('He called me an idiot and that is not okay')).toBeLessThan(score('You are an idiot'));
  });
});

describe('sensitivities are ordered', () => {
  it('high flags at least what balanced flags, which flags at least what low flags', () => {
    const texts = ['you are an idiot', 'this is stupid', 'what a joke of a company', 'go to hell', 'great service'];
    for (const t of texts) {
      if (flagged(t, 'low')) expect(flagged(t, 'balanced')).toBe(true);
      if (flagged(t, 'balanced')) expect(flagged(t, 'high')).toBe(true);
    }
  });
  it('scores stay in [0, 1]', () => {
    for (const t of ['', ' ', '!!!!', 'a'.repeat(5000), 'you idiot '.repeat(200)]) {
      const v = classify(t);
      expect(v.hostility.score).toBeGreaterThanOrEqual(0);
      expect(v.hostility.score).toBeLessThanOrEqual(1);
      expect(v.rumour.score).toBeGreaterThanOrEqual(0);
      expect(v.rumour.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('a colour that also names a group is a colour, not an attack', () => {
  it.each([
    'La Noir Intense est-elle sans lactose ? Mon fils est intolérant.',
    'I love the Noir Intense bar',
    'Le chocolat noir est mon préféré',
    'Do you still have the white chocolate in stock?',
  ])('%s is not hostile, at any sensitivity (crisis mode raises it to high)', (text) => {
    for (const sensitivity of ['low', 'balanced', 'high'] as const) expect(classify(text, { sensitivity }).hostility.flagged, sensitivity).toBe(false);
  });

  it.each(['sale noir', 'les noirs sont des singes', 'muslims are terrorists'])('an attack on a group still is: %s', (text) => {
    expect(classify(text).hostility.flagged).toBe(true);
  });

  it('a person named as the subject of a judgement is hostile, a product judged harshly is a complaint', () => {
    expect(classify('You are so selfish and dishonest').hostility.flagged).toBe(true);
    expect(classify('Your delivery service is terrible, third time my parcel is late').hostility.flagged).toBe(false);
  });
});
