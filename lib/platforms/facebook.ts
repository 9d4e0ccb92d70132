/**
 * Facebook (www.facebook.com) posts and page feeds.
 *
 * Thread model: a comment is a `div[role=article]` owning an `a[href*="comment_id="]` link; the
 * post itself is not a comment. Replies sit inside their parent's article: parentId is the nearest
 * comment article above, depth the number of comment articles above (0 for a top-level comment),
 * threadId the top-level comment's id. When a reply is shown without its parent around it (a
 * permalink to a reply), its link's comment_id names the top-level comment.
 * Facebook shows only relative times ("2 h", "3 j", "1 sem"): postedAt is estimated from it and
 * flagged postedAtEstimated. Long text hides behind "See more": findComments never clicks it,
 * expandSeeMore() does, on request.
 *
 * No licensed real comment markup was available: the selectors follow ../shared/platform-notes.md
 * (compiled from public extensions and scrapers, 2025-2026) and the fixtures built from it
 * (test/fixtures/facebook/, 2026-11-23).
 */
import type { Comment } from '../types';
import {
  clickLikeUser,
  estimateFromRelativeTime,
  labelOf,
  pageOrigin,
  queryAllFirst,
  queryFirst,
  queryOwn,
  readText,
  waitForElement,
} from './dom';
import { insertText } from './insert/index';
import { allStrings, isOneOf, isViewRepliesLabel, startsWithOneOf } from './strings';
import type { FoundComment, InsertResult, PlatformAdapter } from './types';

/** Where the comments are. platform-notes.md; facebook fixtures (2026-11-23). */
const ROOT = [
  '[role="dialog"] [role="article"]', // a post opened as a modal: observe the dialog (resolved below)
  '[role="main"]',
  '[role="feed"]',
];

/** Comment candidates: role=article owning a comment_id link. platform-notes.md (2026-11-23). */
const ARTICLE = 'div[role="article"], [role="article"]';
const COMMENT_LINK = 'a[href*="comment_id="]';

/** Text paragraphs of a comment. platform-notes.md; facebook fixtures (2026-11-23). */
const TEXT = ['div[dir="auto"][style*="text-align: start"]', 'div[dir="auto"][style*="text-align:start"]', 'div[dir="auto"]'];

/** Profile links to skip when looking for the author. */
const NOT_PROFILE_PATH = /\/(photo|photos|hashtag|posts|permalink|story\.php|videos|reel|watch|groups\/[^/]+\/posts)(\/|\.php|$)/;

/**
 * The comment composer: Lexical. platform-notes.md (aria-label "Write a comment…" /
 * "Reply to NAME" / "Écrire un commentaire…"); facebook fixtures (2026-11-23).
 */
const COMPOSER = [
  'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  'div[contenteditable="true"][role="textbox"]',
];
const REPLY_COMPOSER_LABELS = ['Reply to', 'Répondre à'];

const BUTTON = '[role="button"]';
const COMPOSER_TIMEOUT_MS = 2000;

function paramsOf(href: string): URLSearchParams | null {
  try {
    return new URL(href, 'https://www.facebook.com').searchParams;
  } catch {
    return null;
  }
}

function pathOf(href: string): string {
  try {
    return new URL(href, 'https://www.facebook.com').pathname;
  } catch {
    return '';
  }
}

function ownCommentLinks(article: Element): HTMLAnchorElement[] {
  return queryOwn<HTMLAnchorElement>(article, COMMENT_LINK, ARTICLE);
}

function isCommentArticle(el: Element): boolean {
  return el.matches(ARTICLE) && ownCommentLinks(el).length > 0;
}

/** The permalink: the comment_id link whose text is a time, else one that is not a profile link. */
function permalinkOf(article: Element): HTMLAnchorElement | null {
  const links = ownCommentLinks(article);
  return (
    links.find((a) => estimateFromRelativeTime(a.textContent ?? '') !== null) ??
    links.find((a) => NOT_PROFILE_PATH.test(pathOf(a.getAttribute('href') ?? ''))) ??
    links[links.length - 1] ??
    null
  );
}

function idsOf(link: HTMLAnchorElement): { id: string; topId: string | null } | null {
  const params = paramsOf(link.getAttribute('href') ?? '');
  const commentId = params?.get('comment_id');
  if (!commentId) return null;
  const replyId = params?.get('reply_comment_id');
  return replyId ? { id: replyId, topId: commentId } : { id: commentId, topId: null };
}

function commentAncestors(article: Element): Element[] {
  const out: Element[] = [];
  let node = article.parentElement?.closest(ARTICLE) ?? null;
  while (node) {
    if (isCommentArticle(node)) out.push(node);
    node = node.parentElement?.closest(ARTICLE) ?? null;
  }
  return out; // nearest first
}

function idOfArticle(article: Element): string | null {
  const link = permalinkOf(article);
  return link ? (idsOf(link)?.id ?? null) : null;
}

function isSeeMore(el: Element): boolean {
  return el.matches(BUTTON) && isOneOf(el.textContent ?? '', 'seeMore');
}

function authorOf(article: Element, permalink: HTMLAnchorElement): string {
  for (const link of queryOwn<HTMLAnchorElement>(article, 'a[role="link"][href], a[href]', ARTICLE)) {
    if (link === permalink) continue;
    const href = link.getAttribute('href') ?? '';
    if (NOT_PROFILE_PATH.test(pathOf(href))) continue;
    if (estimateFromRelativeTime(link.textContent ?? '') !== null) continue;
    const name = (link.querySelector('span[dir="auto"]')?.textContent ?? link.textContent ?? '').trim();
    if (name) return name;
  }
  // Fallback: "Comment by NAME …" / "Commentaire de NAME …" in the article's aria-label.
  const label = article.getAttribute('aria-label') ?? '';
  for (const prefix of [...allStrings('commentBy'), ...allStrings('replyBy')]) {
    if (label.startsWith(`${prefix} `)) {
      const rest = label.slice(prefix.length + 1);
      return rest.replace(/\s+(\d+\s*\S+|il y a .*|\S+ ago|yesterday|hier)$/i, '').trim();
    }
  }
  return '';
}

function textOf(article: Element, author: string): string {
  for (const selector of TEXT) {
    const parts = queryOwn<HTMLElement>(article, selector, ARTICLE).filter(
      (el) => !el.closest('a') && !(selector === 'div[dir="auto"]' && (el.textContent ?? '').trim() === author),
    );
    // Keep outermost matches only (a paragraph may contain a nested dir=auto div).
    const outer = parts.filter((el) => !parts.some((other) => other !== el && other.contains(el)));
    if (outer.length > 0) return outer.map((el) => readText(el, isSeeMore)).filter(Boolean).join('\n');
  }
  return '';
}

function readComment(article: HTMLElement): FoundComment | null {
  const permalink = permalinkOf(article);
  if (!permalink) return null;
  const ids = idsOf(permalink);
  if (!ids) return null;
  const ancestors = commentAncestors(article);
  const ancestorIds = ancestors.map(idOfArticle);
  let parentId: string | null = ancestorIds[0] ?? null;
  let threadId = ancestorIds[ancestorIds.length - 1] ?? ids.id;
  let depth = ancestors.length;
  if (!parentId && ids.topId) {
    // A reply shown on its own (its parent is not around it): the link names the top-level comment.
    parentId = ids.topId;
    threadId = ids.topId;
    depth = 1;
  }
  const author = authorOf(article, permalink);
  const timeText = permalink.textContent ?? '';
  const postedAt = estimateFromRelativeTime(timeText);
  const origin = pageOrigin(article, 'https://www.facebook.com');
  const comment: Comment = {
    platform: 'facebook',
    id: ids.id,
    threadId,
    parentId,
    author,
    text: textOf(article, author),
    permalink: new URL(permalink.getAttribute('href') ?? '', origin).href,
    postedAt,
    depth,
  };
  if (postedAt) comment.postedAtEstimated = true;
  // No lang: Facebook's lang attributes give the interface language, not the comment's.
  return { element: article, comment };
}

function ownButtons(article: Element): HTMLElement[] {
  return queryOwn<HTMLElement>(article, BUTTON, ARTICLE);
}

function composersIn(doc: Document): HTMLElement[] {
  return queryAllFirst<HTMLElement>(doc, COMPOSER);
}

function isReplyComposer(composer: Element): boolean {
  const label = composer.getAttribute('aria-label') ?? '';
  return REPLY_COMPOSER_LABELS.some((prefix) => label.startsWith(prefix));
}

/** Comment articles read one by one as they are pulled (the scanner pauses between them on a long thread). */
function* walkComments(root: ParentNode): Generator<FoundComment> {
  for (const article of Array.from(root.querySelectorAll<HTMLElement>(ARTICLE))) {
    if (!article.isConnected || !isCommentArticle(article)) continue;
    const found = readComment(article);
    if (found) yield found;
  }
}

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  matchesPage(url: URL): boolean {
    const host = url.hostname;
    if (host !== 'facebook.com' && !host.endsWith('.facebook.com')) return false;
    // Everything that can show a post with comments: posts, permalinks, photos, videos, page feeds.
    return !/^\/(messages|settings|marketplace|login|notifications|friends|gaming|bookmarks|saved|ads|business|help|privacy|policies)(\/|$)/.test(url.pathname);
  },
  findRoot(doc: Document): HTMLElement | null {
    const dialogArticle = queryFirst<HTMLElement>(doc, [ROOT[0]]);
    if (dialogArticle) return dialogArticle.closest<HTMLElement>('[role="dialog"]');
    return queryFirst<HTMLElement>(doc, ROOT.slice(1)) ?? doc.body;
  },
  findComments(root: ParentNode): FoundComment[] {
    return [...walkComments(root)];
  },
  walkComments,
  findLoadMoreButtons(root: ParentNode): HTMLElement[] {
    return Array.from(root.querySelectorAll<HTMLElement>(BUTTON)).filter((button) => {
      const label = labelOf(button);
      return startsWithOneOf(label, 'moreComments') || isViewRepliesLabel(label) || /^view \d+ more repl(y|ies)$/i.test(label);
    });
  },
  expandSeeMore(commentElement: HTMLElement): boolean {
    const button = ownButtons(commentElement).find(isSeeMore);
    if (!button) return false;
    clickLikeUser(button);
    return true;
  },
  async openComposer(commentElement: HTMLElement): Promise<HTMLElement | null> {
    const doc = commentElement.ownerDocument;
    const article = commentElement.closest<HTMLElement>(ARTICLE) ?? commentElement;
    const button = ownButtons(article).find((b) => isOneOf(b.textContent ?? '', 'reply'));
    if (!button) return null;
    const before = new Set(composersIn(doc));
    clickLikeUser(button);
    // The reply box opens under the thread: a new composer, or one labelled "Reply to NAME".
    const thread = commentAncestors(article).pop() ?? article;
    const scope = thread.parentElement ?? thread;
    return waitForElement(
      doc.body ?? doc,
      () => {
        const all = composersIn(doc);
        return (
          all.find((c) => !before.has(c) && scope.contains(c)) ??
          all.find((c) => !before.has(c)) ??
          all.find((c) => scope.contains(c) && isReplyComposer(c)) ??
          null
        );
      },
      COMPOSER_TIMEOUT_MS,
    );
  },
  insertReply(composer: HTMLElement, text: string): Promise<InsertResult> {
    return insertText(composer, text, { editor: 'lexical' });
  },
  findThreadRoot(commentElement: HTMLElement): HTMLElement | null {
    const article = commentElement.closest<HTMLElement>(ARTICLE);
    if (!article || !isCommentArticle(article)) return null;
    return (commentAncestors(article).pop() as HTMLElement | undefined) ?? article;
  },
};
