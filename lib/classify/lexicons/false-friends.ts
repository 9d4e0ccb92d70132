/**
 * Words of one language's lists (hostility, and rumour cues) that mean something harmless in the other: French "sale"
 * (a sale), "con" (pros and cons), "bite" (a bite to eat), "minus", "debris", "rebut", "melon",
 * "has been"; English "retard" (French: a delay, "mon colis est en retard"), "douche" (a shower),
 * "lame" (a blade), "git" ("ci-gît"), "hate" ("j'ai hâte": I can't wait), "rape" ("râpé": grated),
 * "beat" ("béat"), "punch" (the drink). Every hostile phrase of that language that contains one
 * ("sale noir", "sale con", "suce ma bite") is matched in no text read as the other language,
 * and still in a text too short to tell ("Sale arabe"). Found 2026-11-24 by looking up every
 * one-language hostile entry in Debian's word lists of the other language (wamerican, wfrench):
 * "Black Friday sale: Noir Intense 30% off!" scored 0.80 as an identity attack, "Je prends une
 * douche" 0.68, "The debris was everywhere" 0.74. Normalised form (lower case, no accents).
 */
export const FALSE_FRIENDS: Readonly<Record<'en' | 'fr', readonly string[]>> = {
  en: ['retard', 'retards', 'douche', 'lame', 'git', 'ho', 'hate', 'hates', 'rape', 'beat', 'punch',
    // French says "les homos" as it says "les gays" (its identity list has both): "Les homos sont de
    // super parents" read the English slur and scored 0.85 (a probe of functional tests, 2026-11-24).
    'homo', 'homos'],
  fr: [
    'con', 'cons', 'bite', 'sale', 'sales', 'sal', 'laid', 'laide', 'tare', 'tares', 'mince', 'rat', 'rats', 'porc', 'porcs',
    'has been', 'minus', 'debris', 'melon', 'melons', 'rebut', 'tabernacle', 'sacrament', 'singe', 'singes', 'gazer',
    // Rumour cues: "clear your cache", "thanks for your attention".
    'cache', 'attention',
  ],
};

/** The phrase (normalised, words apart) contains a false friend of its language. */
export function hasFalseFriend(phrase: string, lang: 'en' | 'fr' | 'any'): boolean {
  if (lang === 'any') return false;
  const padded = ` ${phrase} `;
  return FALSE_FRIENDS[lang].some((w) => padded.includes(` ${w} `));
}
