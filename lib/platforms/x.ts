/**
 * X (x.com, twitter.com) status pages.
 *
 * Thread model (a choice, documented here because tests and the UI rely on it):
 * - The focused post of a status page (`article[tabindex="-1"]`, or the article whose id is the
 *   URL's) is scanned as the thread root: a FoundComment with depth 0 and parentId null. Its
 *   threadId is its own id and every reply's threadId is the root's id.
 * - Posts above the focused one (the ancestors X shows when the focused post is itself a reply)
 *   are context, not comments of this page: they are not returned.
 * - X gives no parent attribute. Consecutive cells holding a post form a reply chain; a cell
 *   without one (separator, "Show more replies", an ad) ends it. The first post of a chain
 *   answers the root (depth 1); each following post answers the one above it.
 * - X virtualises and recycles rows: when the top of a chain has scrolled out of the DOM, the
 *   first visible post of it would look like a chain start. The adapter remembers each post's
 *   parent by status id (never by DOM node) while the chain was fully visible and reuses it.
 * - Promoted posts are dropped: they contain placementTracking AND lack a /status/ time link.
 *   placementTracking alone is also the video player of an ordinary post, which is kept.
 */
import { elementSlot } from '../element-slot';
import type { Comment } from '../types';
import { insertText } from './insert/index';
import type { FoundComment, InsertResult, PlatformAdapter } from './types';
import {
  clickLikeUser,
  estimateFromRelativeTime,
  hrefPath,
  isOwnedBy,
  isoFromDatetime,
  pageOrigin,
  queryAllFirst,
  queryFirst,
  queryOwnFirst,
  readText,
  waitForElement,
} from './dom';

/** Seen on fixtures/x/defuddle--general--x.com-article-2026-02-13.html (2026-11-23). */
const ROOT = [
  '[data-testid="primaryColumn"]', // stable across scrolling; the conversation section is inside
  'main[role="main"]',
];

/** Virtualised rows. Seen on tweetyoink--x-tweet-quote.html and the defuddle page (2026-11-23). */
const CELL_TEST_ID = 'cellInnerDiv';
const CELL = [`[data-testid="${CELL_TEST_ID}"]`];
const CELL_SELECTOR = CELL.join(', ');

/** A post. Seen on all four x/ fixtures (2026-11-23). */
const POST = ['article[data-testid="tweet"]', 'article[role="article"]'];
const POST_SELECTOR = POST.join(', ');

/** The focused post of a status page. tweetyoink--x-tweet-sample.html, defuddle page (2026-11-23). */
const FOCUSED_POST = ['article[data-testid="tweet"][tabindex="-1"]', 'article[role="article"][tabindex="-1"]'];

/**
 * What a post does NOT own: a nested article, or a quoted post (a `div[role=link]` card; its time
 * is not in a /status/ link, tweetyoink--x-tweet-quote.html, 2026-11-23).
 */
const NESTED_PARTS = ['article', 'div[role="link"][tabindex="0"]'];
const NESTED = NESTED_PARTS.join(', ');

/**
 * The post's own time link: id, author and permalink. All x/ fixtures (2026-11-23). Its path is
 * /handle/status/ID with the author's handle, the same as the profile link of the post's User-Name
 * block on every post of the x/ fixtures (test/platforms/x-adapter.test.ts checks it), so the
 * author is read from it and the User-Name block is not looked up: reading the 2,000 posts of the
 * bench page in a fresh isolated world (a content script's), 16 interleaved runs, 2026-11-24,
 * median 50.7 → 40.2 ms.
 */
const STATUS_TIME = ['a[href*="/status/"] time[datetime]', 'a[href*="/status/"] time'];
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/**
 * Text; emoji are <img alt>. tweetText: all x/ fixtures; an X Article (long-form post) has a title
 * instead: defuddle--general--x.com-article-2026-02-13.html (2026-11-23).
 */
const TEXT = ['[data-testid="tweetText"]', '[data-testid="twitter-article-title"]'];
/** Ads marker, also present in an ordinary post's video player (tweetyoink--x-tweet-quote-video.html, 2026-11-23). */
const PLACEMENT_TRACKING = '[data-testid="placementTracking"]';
/** Reply button. tweetyoink--x-tweet-sample.html (aria-label "48 Replies. Reply"), 2026-11-23. */
const REPLY_BUTTON = ['button[data-testid="reply"]', '[role="button"][data-testid="reply"]'];
/**
 * Composer: the Draft.js editable itself carries the test id (defuddle page, 2026-11-23):
 * div.public-DraftEditor-content[data-testid="tweetTextarea_0"][role=textbox][contenteditable=true].
 */
const COMPOSER = [
  '[data-testid="tweetTextarea_0"][contenteditable="true"]',
  '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
];
/** Where X opens the composer for a reply that is not the focused post: a modal dialog. */
const DIALOG = ['[role="dialog"]', '[aria-modal="true"]'];
/** Submit button; disabled until the editor state has text (defuddle page, 2026-11-23). */
const SUBMIT = ['button[data-testid="tweetButtonInline"]', 'button[data-testid="tweetButton"]'];
/** "Show more replies" / "Show probable spam" cells: buttons in a cell without a post. */
const LOAD_MORE_IN_CELL = ['button[role="button"]', '[role="button"]'];

const COMPOSER_TIMEOUT_MS = 2000;
const LINEAGE_LIMIT = 20_000;

interface Lineage {
  parentId: string | null;
  depth: number;
  threadId: string;
}

/** The post's own status link: the <time> it was found by, and the handle and id parsed from its href. */
interface StatusLink {
  time: Element;
  handle: string;
  id: string;
}

/** The status link around a <time>: its closest <a> when its path is /handle/status/ID, else null. */
function statusAround(time: Element): StatusLink | null {
  const link = time.closest('a');
  const match = link ? STATUS_PATH.exec(pathOf(link.getAttribute('href') ?? '')) : null;
  return match ? { time, handle: match[1], id: match[2] } : null;
}

/** The post's <time> elements and whether it holds a nested post (see hasNestedItem). */
interface PostTimes {
  times: NodeListOf<HTMLTimeElement>;
  hasNested: boolean;
}

/**
 * A nested article or quoted post always shows its own <time> (the quoted post's date: every x/
 * fixture, tweetyoink--x-tweet-quote.html, 2026-11-23), so a post with one <time>, its own, holds
 * neither, and the two full walks of hasNestedItem are skipped. Most replies are such posts. A
 * lone <time> inside a nested article (a post showing no time of its own) counts as nested, so
 * the nested post's id is never taken for the outer one's.
 * For the 2,000 posts of the bench page, in a fresh isolated world (a content script's), 20 runs,
 * 2026-11-24: this 7.9 ms (median), the two nested walks then querySelector('time') 8.7.
 * getElementsByTagName was faster still (4.3 against 8.3 in another set) but leaves a live
 * collection cached on every post: 1 MB more of the page's heap (npm run bench -- --only scan),
 * and every later change inside a post would have to invalidate it.
 */
function timesOf(article: Element): PostTimes {
  const times = article.querySelectorAll('time');
  const hasNested = times.length > 1 ? hasNestedItem(article) : times.length === 1 && times[0].closest('article') !== article;
  return { times, hasNested };
}

/**
 * The post's own /status/ link around a <time>: the first of the article's own times (not a nested
 * article's or quoted post's) that matches a STATUS_TIME selector, tried in order, and sits in a
 * status link.
 */
function statusLinkOf(article: Element, { times, hasNested }: PostTimes = timesOf(article)): StatusLink | null {
  // Indexed loops over the list: no array copy per post (Array.from was a tenth of reading a
  // 2,000-reply thread in a content script's world, profiled 2026-11-24).
  for (const selector of STATUS_TIME) {
    for (let i = 0; i < times.length; i += 1) {
      const time = times[i];
      if (hasNested && !isOwnedBy(time, article, NESTED)) continue;
      if (!time.matches(selector)) continue;
      const status = statusAround(time);
      if (status) return status;
    }
  }
  return null;
}

/**
 * Whether a post holds a nested article or quoted post. Most replies hold neither: then everything
 * inside is the post's own and the ownership checks (a closest() per element) can be skipped.
 * One query per NESTED part: each is a full walk of the post when nothing matches (the common
 * case), and a single-selector walk is about twice as fast per element as a walk matching the
 * two-selector list, so two of them cost less than one (Chromium, 2,000-reply page).
 */
function hasNestedItem(article: Element): boolean {
  return NESTED_PARTS.some((selector) => article.querySelector(selector) !== null);
}

/** The first element of the post's own matching one of the selectors (see hasNestedItem). */
function ownFirst<T extends Element = HTMLElement>(article: Element, selectors: readonly string[], hasNested: boolean): T | null {
  return hasNested ? queryOwnFirst<T>(article, selectors, NESTED) : queryFirst<T>(article, selectors);
}

/**
 * The cell's post: the first element matching POST, tried in order. Every POST selector is an
 * <article>, so the first <article> (a tag-only query, Chromium's fast path) is the answer when it
 * matches POST[0], and no <article> means no post (separators, "Show more replies" rows).
 */
function postIn(cell: Element): HTMLElement | null {
  const first = cell.querySelector('article');
  if (first === null) return null;
  return first.matches(POST[0]) ? first : queryFirst<HTMLElement>(cell, POST);
}

function pathOf(href: string): string {
  return hrefPath(href, 'https://x.com');
}

/** The status id in a page URL (/handle/status/ID), or null. */
export function statusIdFromUrl(url: URL): string | null {
  return STATUS_PATH.exec(url.pathname)?.[2] ?? null;
}

/** A promoted post: placementTracking AND no /status/ time link of its own. */
export function isPromoted(article: Element): boolean {
  return article.querySelector(PLACEMENT_TRACKING) !== null && statusLinkOf(article) === null;
}

const TRANSLATE_Y = 'translateY(';

/**
 * The row's translateY in px, read from its style attribute (no style object, no layout): the
 * number after "translateY(", which X writes in px ("transform: translateY(1234px)", every x/
 * fixture, 2026-11-23). Found with indexOf and read with parseFloat, not a regular expression:
 * no match array per row of a 3,000-row thread.
 */
export function translateYOf(cell: Element): number | null {
  const style = cell.getAttribute('style');
  if (style === null) return null;
  const at = style.indexOf(TRANSLATE_Y);
  if (at === -1) return null;
  const from = at + TRANSLATE_Y.length;
  const close = style.indexOf(')', from);
  if (close === -1 || !style.startsWith('px', close - 2)) return null;
  const y = parseFloat(style.slice(from, close - 2));
  return Number.isFinite(y) ? y : null;
}

/**
 * The conversation's cells in DOM order. X's timeline is one virtualised list: every cell is a
 * child of the same positioned <div> ("Timeline: Conversation" > div, as on the defuddle page,
 * 2026-11-23; the generated pages follow it, test/platforms/x-generated-page.test.ts). So the cells
 * are the first cell and its siblings: a walk over the list's children instead of a query that
 * matches an attribute selector against every element of every post (about 190,000 elements on
 * the bench page's 2,000 replies: 3.4–3.8 ms in a content script's world, 2026-11-24; the adapter's
 * whole walk 35.5 → 32.0 ms, median of 16 interleaved runs). When the first cell has no sibling
 * cell (a page with one post, or a layout that wraps each cell, which X has not shown), the full
 * query runs instead, so a change of layout costs time, not comments. Cells split between two
 * lists would be missed past the first: no page of X shows that (a status page has one timeline).
 */
function cellsOf(root: ParentNode): ArrayLike<HTMLElement> {
  const first = root.querySelector<HTMLElement>(CELL_SELECTOR);
  const list = first?.parentElement;
  if (!first || !list) return [];
  const cells: HTMLElement[] = [];
  for (let el: Element | null = first; el; el = el.nextElementSibling) {
    if (el.getAttribute('data-testid') === CELL_TEST_ID) cells.push(el as HTMLElement);
  }
  return cells.length > 1 ? cells : root.querySelectorAll<HTMLElement>(CELL_SELECTOR);
}

/**
 * Cells in visual order: X positions recycled rows with translateY, so DOM order may lag. Also the
 * lowest row's translateY (null when a cell has none: then DOM order rules), read in the same pass.
 */
function cellsInOrder(root: ParentNode): { cells: HTMLElement[]; lastY: number | null } {
  // One indexed pass over the NodeList both copies the cells and reads their offsets: no separate
  // Array.from iteration over the 3,000+ rows of a long thread.
  const list = cellsOf(root);
  const cells: HTMLElement[] = new Array<HTMLElement>(list.length);
  const offsets: number[] = new Array<number>(list.length);
  let sorted = true;
  let lastY = -Infinity;
  let withOffsets = true;
  for (let i = 0; i < list.length; i += 1) {
    const cell = list[i];
    cells[i] = cell;
    if (!withOffsets) continue;
    const y = translateYOf(cell);
    if (y === null) {
      withOffsets = false; // a row without translateY: DOM order rules (the copy goes on)
      continue;
    }
    if (i > 0 && y < offsets[i - 1]) sorted = false;
    offsets[i] = y;
    if (y > lastY) lastY = y;
  }
  if (!withOffsets || cells.length === 0) return { cells, lastY: null };
  if (sorted) return { cells, lastY };
  const ordered = cells
    .map((cell, index) => ({ cell, index, y: offsets[index] }))
    .sort((a, b) => a.y - b.y || a.index - b.index)
    .map((entry) => entry.cell);
  return { cells: ordered, lastY };
}

interface ReadPost {
  element: HTMLElement;
  id: string;
  handle: string;
  permalink: string;
  postedAt: string | null;
  postedAtEstimated: boolean;
  text: string;
  lang?: string;
}

function readPost(article: HTMLElement, origin = pageOrigin(article, 'https://x.com')): ReadPost | null {
  const parts = timesOf(article);
  const { hasNested } = parts;
  const status = statusLinkOf(article, parts);
  if (!status) return null;
  const { time, handle, id } = status;
  let postedAt = isoFromDatetime(time.getAttribute('datetime'));
  let postedAtEstimated = false;
  if (!postedAt) {
    postedAt = estimateFromRelativeTime(time.textContent ?? '');
    postedAtEstimated = postedAt !== null;
  }
  const textEl = ownFirst<HTMLElement>(article, TEXT, hasNested);
  return {
    element: article,
    id,
    handle,
    permalink: `${origin}/${handle}/status/${id}`,
    postedAt,
    postedAtEstimated,
    text: textEl ? readText(textEl, undefined, false) : '',
    lang: textEl?.getAttribute('lang') ?? undefined,
  };
}

/** A cell as last read: its post article, and that post's fields once read (undefined: not yet). */
interface CellRead {
  article: HTMLElement | null;
  post: ReadPost | null | undefined;
  origin: string;
}

function toFound(post: ReadPost, lineage: Lineage): FoundComment {
  const comment: Comment = {
    platform: 'x',
    id: post.id,
    threadId: lineage.threadId,
    parentId: lineage.parentId,
    author: post.handle,
    text: post.text,
    permalink: post.permalink,
    postedAt: post.postedAt,
    depth: lineage.depth,
  };
  if (post.lang) comment.lang = post.lang;
  if (post.postedAtEstimated) comment.postedAtEstimated = true;
  return { element: post.element, comment };
}

function documentStatusId(root: ParentNode): string | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const href = doc?.location?.href;
  if (!href || !/^https?:/.test(href)) return null;
  return statusIdFromUrl(new URL(href));
}

function ownButton(article: HTMLElement, selectors: readonly string[]): HTMLElement | null {
  return queryOwnFirst<HTMLElement>(article, selectors, NESTED);
}

function isInDialog(el: Element): boolean {
  return DIALOG.some((selector) => el.closest(selector) !== null);
}

/** The post button next to a composer: the nearest ancestor that holds one. */
export function submitButtonFor(composer: HTMLElement): HTMLButtonElement | null {
  let node: HTMLElement | null = composer.parentElement;
  while (node) {
    const button = queryFirst<HTMLButtonElement>(node, SUBMIT);
    if (button) return button;
    node = node.parentElement;
  }
  return null;
}

export function isSubmitEnabled(composer: HTMLElement): boolean {
  const button = submitButtonFor(composer);
  if (!button) return false;
  return !button.disabled && !button.hasAttribute('disabled') && button.getAttribute('aria-disabled') !== 'true';
}

export function createXAdapter(): PlatformAdapter {
  /** Parent of each post by status id, learnt while its chain was fully visible. */
  const lineage = new Map<string, Lineage>();
  const remember = (id: string, value: Lineage) => {
    lineage.delete(id);
    lineage.set(id, value);
    if (lineage.size > LINEAGE_LIMIT) lineage.delete(lineage.keys().next().value as string);
  };

  function findFocused(root: ParentNode, urlId: string | null): HTMLElement | null {
    const focused = queryFirst<HTMLElement>(root, FOCUSED_POST);
    if (focused) return focused;
    if (!urlId) return null;
    for (const article of queryAllFirst<HTMLElement>(root, POST)) {
      if (readPost(article)?.id === urlId) return article;
    }
    return null;
  }

  /**
   * What each cell showed when last read (its post article and that post's fields). A full
   * findComments reads every cell again; findChangedComments trusts the cells no mutation touched,
   * so appending 20 rows to a 2,000-row thread reads 20 rows, not 2,020.
   */
  const cellReads = elementSlot<CellRead>('vigie-x-cell');

  function readCell(cell: HTMLElement, origin: string, fresh: boolean): CellRead {
    const known = fresh ? undefined : cellReads.get(cell);
    if (known) return known;
    const article = postIn(cell);
    const read: CellRead = { article, post: undefined, origin };
    cellReads.set(cell, read);
    return read;
  }

  /** The post of a cell's article, read once per cell read (ancestors above the focus are never read). */
  function postOf(read: CellRead): ReadPost | null {
    if (read.post === undefined) read.post = read.article ? readPost(read.article, read.origin) : null;
    return read.post;
  }

  /** A walk down the conversation's cells, in visual order; kept so appended rows can continue it. */
  interface Walk {
    root: ParentNode;
    urlId: string | null;
    origin: string;
    focusedEl: HTMLElement | null;
    focused: ReadPost | null;
    rootId: string | null;
    cells: Set<Element>;
    /** translateY of the lowest cell walked, null when a cell had none (then DOM order rules). */
    lastY: number | null;
    out: FoundComment[];
    previous: FoundComment | null;
    previousCellSeen: boolean;
    beforeFocus: boolean;
  }
  let lastWalk: Walk | null = null;

  function visit(w: Walk, article: HTMLElement | null, readOf: () => ReadPost | null, hasPredecessor: boolean): void {
    if (!article) {
      w.previous = null;
      return;
    }
    if (w.focusedEl && article === w.focusedEl) {
      w.beforeFocus = false;
      if (w.focused) w.out.push(toFound(w.focused, { parentId: null, depth: 0, threadId: w.focused.id }));
      w.previous = null; // the first reply after the focused post starts a chain
      return;
    }
    if (w.beforeFocus) return;
    const post = readOf();
    if (!post) {
      // Promoted posts and posts without a status link end a chain: they are not part of it.
      w.previous = null;
      return;
    }
    let place: Lineage;
    const prev = w.previous;
    if (prev) {
      place = { parentId: prev.comment.id, depth: prev.comment.depth + 1, threadId: prev.comment.threadId };
      remember(post.id, place);
    } else if (!hasPredecessor && lineage.has(post.id)) {
      // First row in the DOM: its chain may have scrolled away above; trust what was learnt.
      place = lineage.get(post.id) as Lineage;
    } else {
      place = w.rootId
        ? { parentId: w.rootId, depth: 1, threadId: w.rootId }
        : { parentId: null, depth: 0, threadId: post.id };
      if (hasPredecessor || w.focusedEl) remember(post.id, place);
    }
    const found = toFound(post, place);
    w.out.push(found);
    w.previous = found;
  }

  function visitCell(w: Walk, cell: HTMLElement, fresh: boolean): void {
    const read = readCell(cell, w.origin, fresh);
    visit(w, read.article, () => postOf(read), w.previousCellSeen);
    w.previousCellSeen = true;
    w.cells.add(cell);
  }

  function* collect(root: ParentNode, fresh: (cell: HTMLElement) => boolean): Generator<FoundComment> {
    const urlId = documentStatusId(root);
    const origin = pageOrigin(root as Node, 'https://x.com');
    const focusedEl = findFocused(root, urlId);
    const { cells, lastY } = cellsInOrder(root);
    const focusedCell = focusedEl?.closest(CELL_SELECTOR) ?? null;
    const focusedInCells = focusedEl !== null && focusedCell !== null && cells.includes(focusedCell as HTMLElement);
    const focusedRead =
      focusedEl && focusedInCells ? readCell(focusedCell as HTMLElement, origin, fresh(focusedCell as HTMLElement)) : null;
    const focused =
      focusedEl === null ? null : focusedRead?.article === focusedEl ? postOf(focusedRead) : readPost(focusedEl, origin);
    const w: Walk = {
      root,
      urlId,
      origin,
      focusedEl,
      focused,
      rootId: focused?.id ?? urlId,
      cells: new Set(),
      lastY: null,
      out: [],
      previous: null,
      previousCellSeen: false,
      // Cells before the focused post are its ancestors; skip them when the focused post is present.
      beforeFocus: focusedEl !== null && (focusedInCells || cells.some((c) => c.contains(focusedEl))),
    };
    lastWalk = null;
    if (cells.length > 0) {
      let walked = 0;
      for (const cell of cells) {
        // The caller may pause between rows (walkComments): a row gone meanwhile is skipped, and
        // the walk is not kept for continueWalk (the mutation that removed it triggers a new look).
        if (!cell.isConnected) continue;
        walked += 1;
        const before = w.out.length;
        visitCell(w, cell, fresh(cell));
        if (w.out.length > before) yield w.out[w.out.length - 1];
      }
      if (walked === cells.length) {
        w.lastY = lastY;
        lastWalk = w;
      }
    } else {
      // No virtualised rows (a saved fragment, an embed): posts in document order, one chain each.
      for (const article of queryAllFirst<HTMLElement>(root, POST)) {
        if (!article.isConnected || article.parentElement?.closest(POST_SELECTOR)) continue;
        const before = w.out.length;
        visit(w, article, () => readPost(article, origin), false);
        w.previous = null;
        if (w.out.length > before) yield w.out[w.out.length - 1];
      }
    }
  }

  /**
   * Infinite scroll's usual change: new rows added below the lowest one, nothing removed or
   * changed. The last walk then simply goes on over the new rows. Null when the mutations are
   * anything else (the caller walks every cell again, reading only the touched ones).
   */
  function continueWalk(root: ParentNode, records: readonly MutationRecord[]): { all: FoundComment[]; added: FoundComment[] } | null {
    const w = lastWalk;
    if (!w || w.root !== root || w.lastY === null) return null;
    if (w.focusedEl && !w.focusedEl.isConnected) return null;
    if (documentStatusId(root) !== w.urlId) return null;
    const added = new Set<HTMLElement>();
    for (const record of records) {
      if (record.removedNodes.length > 0) return null;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const cell = target?.closest(CELL_SELECTOR);
      if (cell) {
        if (added.has(cell as HTMLElement)) continue; // a new row still being filled in
        return null;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as HTMLElement;
        if (el.matches(CELL_SELECTOR)) added.add(el);
        else for (const inner of Array.from(el.querySelectorAll<HTMLElement>(CELL_SELECTOR))) added.add(inner);
      }
    }
    const fresh: { cell: HTMLElement; y: number; index: number }[] = [];
    let index = 0;
    for (const cell of added) {
      const y = translateYOf(cell);
      if (y === null || y <= w.lastY || w.cells.has(cell) || !cell.isConnected || !(root as Node).contains(cell)) return null;
      fresh.push({ cell, y, index: index++ });
    }
    fresh.sort((a, b) => a.y - b.y || a.index - b.index);
    // A handful of new rows: read at once (the walk's state must not be left half-way).
    const from = w.out.length;
    for (const { cell, y } of fresh) {
      visitCell(w, cell, true);
      w.lastY = y;
    }
    return { all: w.out.slice(), added: w.out.slice(from) };
  }

  function findComments(root: ParentNode): FoundComment[] {
    return [...collect(root, () => true)];
  }

  /**
   * The cells a batch of mutations touched: the cell around each changed node, and the cells
   * inside nodes added outside any cell (new rows). Removed nodes need nothing: their rows are
   * gone, and the chain is walked again over every cell anyway.
   */
  function touchedCells(records: readonly MutationRecord[]): Set<Element> {
    const touched = new Set<Element>();
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const cell = target?.closest(CELL_SELECTOR);
      if (cell) {
        touched.add(cell);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.matches(CELL_SELECTOR)) touched.add(el);
        else for (const inner of Array.from(el.querySelectorAll(CELL_SELECTOR))) touched.add(inner);
      }
    }
    return touched;
  }

  /** Rows appended below the walk: only their posts (nothing else changed); else a walk over every cell. */
  function walkComments(root: ParentNode, records: readonly MutationRecord[] | null): Iterable<FoundComment> {
    if (records === null) return collect(root, () => true);
    const continued = continueWalk(root, records);
    if (continued) return continued.added;
    const touched = touchedCells(records);
    return collect(root, (cell) => touched.has(cell));
  }

  function findChangedComments(root: ParentNode, records: readonly MutationRecord[]): FoundComment[] {
    const continued = continueWalk(root, records);
    if (continued) return continued.all;
    const touched = touchedCells(records);
    return [...collect(root, (cell) => touched.has(cell))];
  }

  return {
    platform: 'x',
    matchesPage(url: URL): boolean {
      const host = url.hostname.replace(/^(www\.|mobile\.)/, '');
      return (host === 'x.com' || host === 'twitter.com') && statusIdFromUrl(url) !== null;
    },
    findRoot(doc: Document): HTMLElement | null {
      return queryFirst<HTMLElement>(doc, ROOT) ?? doc.body;
    },
    findComments,
    findChangedComments,
    walkComments,
    findLoadMoreButtons(root: ParentNode): HTMLElement[] {
      // A cell without a post whose only control is a button: "Show more replies",
      // "Show probable spam", "Show additional replies". Language-independent by structure.
      const buttons: HTMLElement[] = [];
      for (const cell of queryAllFirst<HTMLElement>(root, CELL)) {
        if (queryFirst(cell, POST)) continue;
        const button = queryFirst<HTMLElement>(cell, LOAD_MORE_IN_CELL);
        if (button && !button.closest(COMPOSER.join(', '))) buttons.push(button);
      }
      return buttons;
    },
    async openComposer(commentElement: HTMLElement): Promise<HTMLElement | null> {
      const doc = commentElement.ownerDocument;
      const article = (commentElement.closest(POST_SELECTOR) as HTMLElement | null) ?? commentElement;
      const focused = article.getAttribute('tabindex') === '-1';
      const before = new Set(queryAllFirst<HTMLElement>(doc, COMPOSER));
      if (focused) {
        // A status page shows an inline composer that answers the focused post.
        const inline = Array.from(before).find((c) => !isInDialog(c));
        if (inline) return inline;
      }
      const button = ownButton(article, REPLY_BUTTON);
      if (!button) return null;
      clickLikeUser(button);
      return waitForElement(
        doc.body ?? doc,
        () => {
          const all = queryAllFirst<HTMLElement>(doc, COMPOSER);
          return all.find((c) => isInDialog(c)) ?? all.find((c) => !before.has(c)) ?? null;
        },
        COMPOSER_TIMEOUT_MS,
      );
    },
    insertReply(composer: HTMLElement, text: string): Promise<InsertResult> {
      return insertText(composer, text, { editor: 'draftjs', isSubmitEnabled: () => isSubmitEnabled(composer) });
    },
    findThreadRoot(commentElement: HTMLElement): HTMLElement | null {
      const doc = commentElement.ownerDocument;
      const root = queryFirst<HTMLElement>(doc, ROOT) ?? doc.body;
      return root ? findFocused(root, documentStatusId(doc)) : null;
    },
    reset(): void {
      lineage.clear();
      cellReads.clear();
      lastWalk = null;
    },
  };
}

export const xAdapter: PlatformAdapter = createXAdapter();

