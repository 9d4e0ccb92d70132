/**
 * The shape of test/fixtures/<platform>/expected.json: what each fixture page must yield.
 * Written by the fixture builders from the thread each page was built from (the author's intent),
 * read by the table-driven adapter test and by the lead's end-to-end tests.
 */
import type { Platform, VerdictKind } from '../../lib/types';

export interface ExpectedComment {
  id: string;
  parentId: string | null;
  threadId: string;
  depth: number;
  author: string;
  /** Text as read (emoji as their alt), before any "See more" expansion. */
  text: string;
  /** Full text once "See more" was expanded (Facebook), when it differs. */
  fullText?: string;
  /** ISO time when the page gives one; null when only a relative time is shown (then estimated). */
  postedAt: string | null;
  postedAtEstimated: boolean;
  /** The verdict the author of the fixture intended. */
  verdict: VerdictKind;
}

export interface ExpectedFixture {
  /** File name in test/fixtures/<platform>/. */
  file: string;
  /** URL to serve the page at in e2e (null for a fragment that is not a page). */
  url: string | null;
  /** A whole document (true) or a fragment to put in a body (false). */
  wholePage: boolean;
  /** Page interface language. */
  uiLang: 'en' | 'fr';
  comments: ExpectedComment[];
  /** How many "view more comments / replies" buttons findLoadMoreButtons must return. */
  loadMoreButtons: number;
  /** Posts that are on the page but must not be returned (ads), described for readers. */
  excluded?: string[];
  /** Ids whose element has a "See more" link. */
  seeMore?: string[];
}

export interface ExpectedFile {
  platform: Platform;
  fixtures: ExpectedFixture[];
}
