/** A lexicon list: phrases written in normalised form (lower case, no accents), one category. */
export interface LexiconList {
  cat: LexCat;
  /** Language the phrases belong to; 'any' for both. */
  lang: 'en' | 'fr' | 'any';
  /** Only match when the text is detected in `lang` (words that mean something else in the other language). */
  strict?: boolean;
  /** Cue id reported in verdicts (rumour cues, tone warnings). */
  id?: string;
  phrases: string[];
  /** Strength of every phrase of the list (negative valence: how negative raters found the word). */
  weight?: number;
}

export type LexCat =
  | 'insult' | 'profanity' | 'slur' | 'identity' | 'dehumanise' | 'hate' | 'threat' | 'violence'
  | 'second' | 'negation' | 'reported' | 'staff' | 'complaint'
  | 'rumour' | 'query' | 'sarcasm' | 'dismissive'
  | 'target' | 'evaluative' | 'negative';

/** Splits a '|'-separated list, trimming and dropping blanks. */
export const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter((w) => w.length > 0);

/** The hostile categories whose single words are also matched misspelt (lib/classify/misspelling.ts). */
export const MISSPELT_CATS: readonly LexCat[] = ['insult', 'profanity', 'slur', 'dehumanise'];

/**
 * Every category whose single words are matched through spelling tricks (misspelt, masked, split,
 * run together): the hostile ones and a group's name. Functional test suites disguise the group as
 * often as the insult ("I hate musilms", "Immigrnats are vermin" scored 0.36; 2026-11-24).
 */
export const SPELLING_TRICK_CATS: readonly LexCat[] = [...MISSPELT_CATS, 'identity'];
