/**
 * Every interface string Vigie looks for on the three sites, per locale (en, fr first).
 * Adapters prefer test ids, roles and URL patterns; these strings are the fallback for what the
 * sites only expose as visible text (Facebook's "Reply" button, "See more", "View more comments").
 * Adding a language = adding a column here, not code.
 */

export const PAGE_LOCALES = ['en', 'fr'] as const;
export type PageLocale = (typeof PAGE_LOCALES)[number];

export interface PageStrings {
  /** The reply action under a comment (Facebook, Instagram). */
  reply: string[];
  /** The link that reveals the rest of a long comment (Facebook). */
  seeMore: string[];
  /** Loads more top-level comments. Matched as case-insensitive prefixes. */
  moreComments: string[];
  /** Reveals the replies of a comment. Regular expressions, case-insensitive. */
  viewReplies: RegExp[];
  /** Hides replies again (Instagram keeps this toggle above the replies it revealed). */
  hideReplies: string[];
  /** aria-label prefixes of a Facebook comment article. */
  commentBy: string[];
  replyBy: string[];
  /** Instagram's comment box label. */
  addComment: string[];
}

export const PAGE_STRINGS: Record<PageLocale, PageStrings> = {
  en: {
    reply: ['Reply'],
    seeMore: ['See more'],
    moreComments: ['View more comments', 'View previous comments', 'Load more comments'],
    viewReplies: [/^view (all )?\d+ repl(y|ies)$/i, /^view repl(y|ies)( \(\d+\))?$/i, /^\d+ repl(y|ies)$/i, /^view more replies$/i],
    hideReplies: ['Hide replies', 'Hide all replies'],
    commentBy: ['Comment by'],
    replyBy: ['Reply by'],
    addComment: ['Add a comment…', 'Add a comment...'],
  },
  fr: {
    reply: ['Répondre'],
    seeMore: ['Voir plus', 'En voir plus'],
    moreComments: ['Afficher plus de commentaires', 'Voir plus de commentaires', 'Afficher les commentaires précédents', 'Charger plus de commentaires'],
    viewReplies: [
      /^afficher (les |la )?\d+ réponses?$/i,
      /^voir (les |la )?\d+ réponses?$/i,
      /^afficher les réponses( \(\d+\))?$/i,
      /^\d+ réponses?$/i,
      /^afficher plus de réponses$/i,
    ],
    hideReplies: ['Masquer les réponses', 'Masquer toutes les réponses'],
    commentBy: ['Commentaire de'],
    replyBy: ['Réponse de'],
    addComment: ['Ajouter un commentaire…', 'Ajouter un commentaire...'],
  },
};

/** Collapses whitespace (including the "— " Instagram puts before "View replies") for matching. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/^[\s—–-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every locale's strings for one key, flattened. */
export function allStrings(key: Exclude<keyof PageStrings, 'viewReplies'>): string[] {
  return PAGE_LOCALES.flatMap((locale) => PAGE_STRINGS[locale][key]);
}

export function isOneOf(text: string, key: Exclude<keyof PageStrings, 'viewReplies'>): boolean {
  const label = normaliseLabel(text).toLowerCase();
  return allStrings(key).some((s) => s.toLowerCase() === label);
}

export function startsWithOneOf(text: string, key: Exclude<keyof PageStrings, 'viewReplies'>): boolean {
  const label = normaliseLabel(text).toLowerCase();
  return allStrings(key).some((s) => label.startsWith(s.toLowerCase()));
}

export function isViewRepliesLabel(text: string): boolean {
  const label = normaliseLabel(text);
  return PAGE_LOCALES.some((locale) => PAGE_STRINGS[locale].viewReplies.some((re) => re.test(label)));
}

/**
 * Relative-time units as the sites print them ("5m", "2 h", "2h", "3 j", "1 sem", "4 w", "1 an").
 * Facebook uses "m" for minutes (it switches to a date before months matter).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const RELATIVE_UNITS: ReadonlyArray<{ units: string[]; ms: number }> = [
  { units: ['s', 'sec', 'secs', 'second', 'seconds', 'seconde', 'secondes'], ms: 1000 },
  { units: ['m', 'min', 'mins', 'minute', 'minutes', 'mn'], ms: MINUTE },
  { units: ['h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures'], ms: HOUR },
  { units: ['d', 'day', 'days', 'j', 'jour', 'jours'], ms: DAY },
  { units: ['w', 'wk', 'wks', 'week', 'weeks', 'sem', 'semaine', 'semaines'], ms: 7 * DAY },
  { units: ['mo', 'month', 'months', 'mois'], ms: 30 * DAY },
  { units: ['y', 'yr', 'yrs', 'year', 'years', 'a', 'an', 'ans'], ms: 365 * DAY },
];

/** Words meaning "a moment ago" and "yesterday". */
export const RELATIVE_WORDS: ReadonlyArray<{ words: string[]; ms: number }> = [
  { words: ['just now', 'now', 'à l’instant', "à l'instant", 'maintenant'], ms: 0 },
  { words: ['yesterday', 'hier'], ms: DAY },
];
