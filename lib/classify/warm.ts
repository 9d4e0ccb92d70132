/**
 * The classifier's first-use costs (decoding both models, indexing about 5,000 compiled lexicon
 * phrases) as a list of steps, each a few milliseconds, so a caller can spread them over separate
 * tasks. The background runs them all when it starts (lib/background/comment-classifier.ts), so
 * the first page's request does not wait for them. Running every step is the same as the first
 * classify() doing it all.
 */
import { compileLexiconsPart } from './lexicon';
import { models } from './models';

/** Phrases indexed per step: a few milliseconds on a slow machine, cold. */
const PHRASES_PER_STEP = 2_500;

export function warmUpSteps(): Array<() => boolean> {
  return [
    () => models.hostility !== null,
    () => models.rumour !== null,
    // Repeated until it reports that every list is compiled.
    () => compileLexiconsPart(PHRASES_PER_STEP),
  ];
}
