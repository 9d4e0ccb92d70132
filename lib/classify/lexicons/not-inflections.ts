/**
 * French words that look like a feminine or plural of a hostile list word once accents are folded,
 * or its stem, and are another word: read as written, never through their stems nor squeezed. "La note est
 * salée" (salty, steep) is not "sale", "elle est lâchée" (let go) not "lâche" (a coward), "coco
 * râpée" (grated) not "rape", "dégagée" (clear) not "dégage !". The list words' feminines in -ée
 * ("attardée", "tarée", "cinglée") stay read as them.
 * Found 2026-11-24 by looking up, for every word of Debian's French word list (wfrench) ending in
 * -ée or -ées, the list word its stem reads as, and keeping by hand those that are another word.
 */
export const NOT_INFLECTIONS: readonly string[] = [
  'salee', 'salees', 'lachee', 'lachees', 'degagee', 'degagees', 'pedalee', 'pedalees', 'pestee', 'pestees',
  'singee', 'singees', 'chiennee', 'chiennees', 'gueulee', 'gueulees', 'rapee', 'rapees', 'hatee', 'hatees',
  'lamee', 'lamees', 'douchee', 'douchees', 'bitee', 'bitees',
  // "raté" (failed) is not "rat", "cône" not "con", the cake not "charlot" (a clown).
  'rate', 'rates', 'ratee', 'ratees', 'cone', 'cones', 'charlotte', 'charlottes',
  // Nor a group: "racée" (classy) is not "race", "transe" (a trance) not "trans".
  'racee', 'racees', 'transe', 'transes',
  // "Salle" (a room) is not a feminine of "sal", which is "sale" mistyped (2026-11-25).
  'salle', 'salles',
  // Nor a negation: "les personnes handicapées" (people) is not "personne" (nobody), whose scope
  // then covered the group's name (a grid of functional sentences, 2026-11-24).
  'personnes',
];
