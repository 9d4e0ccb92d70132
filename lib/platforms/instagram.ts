/**
 * Instagram (www.instagram.com/p/…, /reel/…).
 *
 * Thread model: comment rows have no role or test id; each is found from its permalink
 * `a[href^="/p/"][href*="/c/"] > time[datetime]` (id = the number after /c/) and the row is the
 * largest ancestor holding that one permalink. Instagram nests one level: a reply's parent is the
 * top-level comment whose "View all N replies" / "Hide replies" toggle opens the list the reply
 * is in; a /c/PARENT/r/ID/ permalink, when present, says it directly. Top-level comments have
 * depth 0 and threadId = their own id; replies depth 1 and threadId = their parent's id.
 * The post's caption (a time link without /c/) is not a comment.
 *
 * No licensed real comment markup was available: the selectors follow ../shared/platform-notes.md
 * and the fixtures built from it (test/fixtures/instagram/, 2026-11-23).
 */
import type { Comment } from '../types';
import {
  clickLikeUser,
  isoFromDatetime,
  labelOf,
  pageOrigin,
  queryFirst,
  readText,
  waitForElement,
} from './dom';
import { insertText } from './insert/index';
import { isOneOf, isViewRepliesLabel, startsWithOneOf } from './strings';
import type { FoundComment, InsertResult, PlatformAdapter } from './types';

/** The post: in the page, or in a modal. platform-notes.md; instagram fixtures (2026-11-23). */
const ROOT_DIALOG = ['[role="dialog"] article'];
const ROOT = ['main[role="main"] article', 'main[role="main"]', 'main'];

/**
 * Comment permalinks: `a[href^="/p/"][href*="/c/"] > time[datetime]` (platform-notes.md); /reel/ and
 * /USER/p/ paths too. instagram fixtures (2026-11-23). The link is matched, then its time checked.
 */
const PERMALINK_LINK = 'a[href*="/c/"]';
const PERMALINK_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)(?:\/r\/(\d+))?\/?/;

/** A username link: /USER/ (one path segment). platform-notes.md (2026-11-23). */
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
const NOT_USER = new Set(['p', 'reel', 'reels', 'explore', 'accounts', 'stories', 'direct', 'tv']);

/**
 * Comment box: a textarea on most surfaces, a contenteditable or an input on some.
 * platform-notes.md; instagram fixtures (2026-11-23).
 */
const COMPOSER = [
  'textarea[aria-label="Add a comment…"]',
  'textarea[aria-label="Ajouter un commentaire…"]',
  'form textarea',
  'textarea[aria-label]',
  'div[contenteditable="true"][role="textbox"]',
  'input[type="text"][aria-label="Add a comment…"]',
  'input[type="text"][aria-label="Ajouter un commentaire…"]',
];

const BUTTON = 'button, [role="button"]';
const COMPOSER_TIMEOUT_MS = 2000;
const PREFILL_TIMEOUT_MS = 1000;

interface Permalink {
  link: HTMLAnchorElement;
  time: HTMLTimeElement;
  id: string;
  parentFromUrl: string | null;
  /** The top-level comment this reply answers, from the page structure. */
  parentFromPage: Permalink | null;
}

function pathOf(href: string): string {
  try {
    return new URL(href, 'https://www.instagram.com').pathname;
  } catch {
    return '';
  }
}

function isRepliesToggle(el: Element): boolean {
  const label = labelOf(el);
  return isViewRepliesLabel(label) || isOneOf(label, 'hideReplies');
}

function asPermalink(link: HTMLAnchorElement): Permalink | null {
  const time = queryFirst<HTMLTimeElement>(link, ['time[datetime]']);
  if (!time) return null;
  const match = PERMALINK_PATH.exec(pathOf(link.getAttribute('href') ?? ''));
  if (!match) return null;
  const [, , commentId, replyId] = match;
  return { link, time, id: replyId ?? commentId, parentFromUrl: replyId ? commentId : null, parentFromPage: null };
}

/**
 * Comment permalinks in document order, each with its parent from the page structure: a reply
 * follows a "View all N replies" / "Hide replies" toggle, and the smallest element holding both
 * (the replies list) holds no comment before the toggle; the comment just before the toggle is
 * the parent. One pass, linear in the number of comments.
 */
function permalinksIn(root: ParentNode): Permalink[] {
  const out: Permalink[] = [];
  let lastToggle: Element | null = null;
  let lastBeforeToggle: Permalink | null = null;
  const selector = `${PERMALINK_LINK}, ${BUTTON}`;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    if (el instanceof HTMLAnchorElement && el.getAttribute('href')?.includes('/c/')) {
      const p = asPermalink(el);
      if (!p) continue;
      if (lastToggle && lastBeforeToggle) {
        let scope: Element | null = lastToggle.parentElement;
        while (scope && !scope.contains(p.link)) scope = scope.parentElement;
        if (scope && !scope.contains(lastBeforeToggle.link)) p.parentFromPage = lastBeforeToggle;
      }
      out.push(p);
    } else if (el.matches(BUTTON) && isRepliesToggle(el)) {
      lastToggle = el;
      lastBeforeToggle = out[out.length - 1] ?? null;
    }
  }
  return out;
}

const PERMALINK_COUNT = 'a[href*="/c/"] time[datetime]';

/** The largest ancestor holding this permalink only, and no replies toggle. */
function rowOf(link: HTMLAnchorElement, stop: Element | null): HTMLElement {
  let row: HTMLElement = link;
  while (row.parentElement && row.parentElement !== stop) {
    const parent = row.parentElement;
    if (parent.querySelectorAll(PERMALINK_COUNT).length > 1) break;
    if (Array.from(parent.querySelectorAll(BUTTON)).some(isRepliesToggle)) break;
    row = parent;
  }
  return row;
}

function authorOf(row: Element): string {
  for (const link of Array.from(row.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const match = PROFILE_PATH.exec(pathOf(link.getAttribute('href') ?? ''));
    if (match && !NOT_USER.has(match[1]) && (link.textContent ?? '').trim()) return match[1];
  }
  const img = row.querySelector('img[alt$="profile picture"]');
  const alt = img?.getAttribute('alt') ?? '';
  return alt.replace(/['’]s profile picture$/, '').replace(/^Photo de profil de /, '').trim();
}

function textOf(row: Element, author: string): string {
  const spans = Array.from(row.querySelectorAll<HTMLElement>('span[dir="auto"]')).filter(
    (span) => !span.closest('a, time, button, [role="button"], h2, h3') && (span.textContent ?? '').trim() !== author,
  );
  const outer = spans.filter((span) => !spans.some((other) => other !== span && other.contains(span)));
  return outer.length > 0 ? readText(outer[0]) : '';
}

function composersIn(scope: ParentNode): HTMLElement[] {
  for (const selector of COMPOSER) {
    const found = Array.from(scope.querySelectorAll<HTMLElement>(selector));
    if (found.length > 0) return found;
  }
  return [];
}

function editorKindOf(composer: HTMLElement): 'textarea' | 'contenteditable' {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? 'textarea' : 'contenteditable';
}

function composerText(composer: HTMLElement): string {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : (composer.textContent ?? '');
}

function postOf(el: Element): Element {
  return el.closest('article') ?? el.closest('[role="dialog"]') ?? el.ownerDocument.body;
}

function findRootIn(doc: Document): HTMLElement | null {
  return queryFirst<HTMLElement>(doc, ROOT_DIALOG) ?? queryFirst<HTMLElement>(doc, ROOT) ?? doc.body;
}

/** Comment rows read one by one as they are pulled (the scanner pauses between them on a long thread). */
function* walkComments(root: ParentNode): Generator<FoundComment> {
  const all = permalinksIn(root);
  const stop = (root as Node).nodeType === 1 ? (root as Element).parentElement : null;
  const origin = pageOrigin(root as Node, 'https://www.instagram.com');
  for (const p of all) {
    if (!p.link.isConnected) continue;
    // A /c/PARENT/r/ID/ permalink names the parent; otherwise the page structure does.
    const parentId = p.parentFromUrl ?? p.parentFromPage?.parentFromUrl ?? p.parentFromPage?.id ?? null;
    const row = rowOf(p.link, stop);
    const author = authorOf(row);
    const comment: Comment = {
      platform: 'instagram',
      id: p.id,
      threadId: parentId ?? p.id,
      parentId,
      author,
      text: textOf(row, author),
      permalink: new URL(p.link.getAttribute('href') ?? '', origin).href,
      postedAt: isoFromDatetime(p.time.getAttribute('datetime')),
      depth: parentId ? 1 : 0,
    };
    yield { element: row, comment };
  }
}

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  matchesPage(url: URL): boolean {
    const host = url.hostname;
    if (host !== 'instagram.com' && !host.endsWith('.instagram.com')) return false;
    return /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/[A-Za-z0-9_-]+/.test(url.pathname);
  },
  findRoot: findRootIn,
  findComments(root: ParentNode): FoundComment[] {
    return [...walkComments(root)];
  },
  walkComments,
  findLoadMoreButtons(root: ParentNode): HTMLElement[] {
    return Array.from(root.querySelectorAll<HTMLElement>(BUTTON)).filter((button) => {
      const label = labelOf(button);
      return startsWithOneOf(label, 'moreComments') || isViewRepliesLabel(label);
    });
  },
  async openComposer(commentElement: HTMLElement): Promise<HTMLElement | null> {
    const doc = commentElement.ownerDocument;
    const post = postOf(commentElement);
    const button = Array.from(commentElement.querySelectorAll<HTMLElement>(BUTTON)).find((b) => isOneOf(b.textContent ?? '', 'reply'));
    if (!button) return null;
    const author = authorOf(commentElement);
    clickLikeUser(button);
    const composer = await waitForElement(doc.body ?? doc, () => composersIn(post)[0] ?? composersIn(doc)[0] ?? null, COMPOSER_TIMEOUT_MS);
    if (!composer) return null;
    // Instagram prefills "@author " after a Reply click; give it a moment so insertion appends to it.
    await waitForElement(doc.body ?? doc, () => (composerText(composer).includes(`@${author}`) ? composer : null), PREFILL_TIMEOUT_MS);
    return composer;
  },
  insertReply(composer: HTMLElement, text: string): Promise<InsertResult> {
    return insertText(composer, text, { editor: editorKindOf(composer) });
  },
  findThreadRoot(commentElement: HTMLElement): HTMLElement | null {
    const root = findRootIn(commentElement.ownerDocument);
    if (!root) return null;
    const found = instagramAdapter.findComments(root);
    const self = found.find((f) => f.element === commentElement || f.element.contains(commentElement));
    if (!self) return null;
    if (!self.comment.parentId) return self.element;
    return found.find((f) => f.comment.id === self.comment.parentId)?.element ?? null;
  },
};
