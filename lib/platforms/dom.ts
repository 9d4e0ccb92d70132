/**
 * DOM helpers shared by the three adapters. No site knowledge here: selectors live in the adapters.
 */
import { RELATIVE_UNITS, RELATIVE_WORDS, normaliseLabel } from './strings';

/** The first element matching any selector, tried in order (most robust first). */
export function queryFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found as T;
  }
  return null;
}

/** Every element matching the first selector that matches anything. */
export function queryAllFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found) as unknown as T[];
  }
  return [];
}

/**
 * True when `el` belongs to `scope` itself and not to a nested item inside it (a quoted post,
 * a reply article): no element between them (el included, scope excluded) matches `boundary`.
 * One native closest() instead of a matches() per ancestor: adapters call this for every link
 * and time of every comment, thousands of times per scan on a long thread.
 */
export function isOwnedBy(el: Element, scope: Element, boundary: string): boolean {
  if (!scope.contains(el)) return false;
  const nearest = el.closest(boundary);
  // Owned when no boundary lies strictly between: none at all, the scope itself, or one above it.
  return nearest === null || nearest === scope || !scope.contains(nearest);
}

/** querySelectorAll limited to what `scope` owns (see isOwnedBy). */
export function queryOwn<T extends Element = HTMLElement>(scope: Element, selector: string, boundary: string): T[] {
  return (Array.from(scope.querySelectorAll(selector)) as unknown as T[]).filter((el) => isOwnedBy(el, scope, boundary));
}

/** The first element `scope` owns matching any selector, tried in order (stops at the first hit). */
export function queryOwnFirst<T extends Element = HTMLElement>(
  scope: Element,
  selectors: readonly string[],
  boundary: string,
): T | null {
  for (const selector of selectors) {
    const first = scope.querySelector(selector);
    if (!first) continue;
    if (isOwnedBy(first, scope, boundary)) return first as unknown as T;
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (isOwnedBy(el, scope, boundary)) return el as unknown as T;
    }
  }
  return null;
}

/**
 * The path of a link's href (resolved against `base` when relative), '' when it does not parse.
 * Site-relative hrefs ("/handle/status/1?s=20") are cut by hand: new URL() per link is the
 * costliest step of reading a long thread.
 */
export function hrefPath(href: string, base: string): string {
  if (href.startsWith('/') && !href.startsWith('//')) {
    const end = href.search(/[?#]/);
    return end === -1 ? href : href.slice(0, end);
  }
  try {
    return new URL(href, base).pathname;
  } catch {
    return '';
  }
}

const BLOCK_TAG_NAMES = ['DIV', 'P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
const BLOCK_TAGS = new Set(BLOCK_TAG_NAMES);

/**
 * What walkText reads differently from textContent: emoji images (alt text), line breaks, script
 * and style text (left out), aria-hidden parts, and, with blockNewlines, block elements. A comment
 * with none of them inside (most replies on X: text nodes in spans) is read with one native
 * textContent instead of a walk that wraps every child node for the content script's world. On
 * the bench page (1,230 of 2,050 posts without an emoji image) the adapter's whole read in a
 * fresh isolated world, 16 interleaved runs, 2026-11-24: CPU time 36.6 → 33.8 ms (median), wall
 * time within noise.
 */
const WALK_NEEDED = 'img, br, script, style, template, [aria-hidden]';
const WALK_NEEDED_BLOCKS = `${WALK_NEEDED}, ${BLOCK_TAG_NAMES.map((tag) => tag.toLowerCase()).join(', ')}`;

/** The state of one readText walk (module-level walker: no closures allocated per call). */
interface TextWalk {
  out: string;
  skip: ((el: Element) => boolean) | undefined;
  blockNewlines: boolean;
  /** False when no element inside has an aria-hidden attribute: its check is then skipped. */
  hiddenInside: boolean;
}

function newlineIn(w: TextWalk): void {
  if (w.out.length > 0 && !w.out.endsWith('\n')) w.out += '\n';
}

function walkText(node: Node, w: TextWalk): void {
  if (node.nodeType === 3) {
    w.out += (node as Text).data;
    return;
  }
  if (node.nodeType !== 1) return;
  const child = node as Element;
  if (w.skip?.(child)) return;
  const tag = child.tagName;
  if (tag === 'IMG') {
    w.out += child.getAttribute('alt') ?? '';
    return;
  }
  if (tag === 'BR') {
    w.out += '\n';
    return;
  }
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
  if (w.hiddenInside && child.getAttribute('aria-hidden') === 'true' && !child.querySelector('img[alt]')) {
    // X hides the "…" of a shortened link this way; it is not part of what was written.
    return;
  }
  const block = w.blockNewlines && BLOCK_TAGS.has(tag);
  if (block) newlineIn(w);
  for (let c = child.firstChild; c; c = c.nextSibling) walkText(c, w);
  if (block) newlineIn(w);
}

/**
 * Visible text of an element as the reader sees it: emoji images become their alt text, <br> and
 * (with blockNewlines) block boundaries become newlines. `skip` leaves out subtrees (a "See more"
 * button, a nested reply). X lays mentions out in inline-flex <div>s: it reads with blockNewlines off.
 * Adapters call it for every comment of a long thread: one query for any aria-hidden attribute
 * inside replaces a getAttribute per element in the usual case (none).
 */
export function readText(el: Element, skip?: (el: Element) => boolean, blockNewlines = true): string {
  if (!skip && el.querySelector(blockNewlines ? WALK_NEEDED_BLOCKS : WALK_NEEDED) === null) {
    // Nothing inside that the walk reads differently from textContent (see WALK_NEEDED).
    return tidyText(el.textContent ?? '');
  }
  const w: TextWalk = { out: '', skip, blockNewlines, hiddenInside: el.querySelector('[aria-hidden]') !== null };
  for (let c = el.firstChild; c; c = c.nextSibling) walkText(c, w);
  return tidyText(w.out);
}

/**
 * No-break spaces as spaces, no blanks before a line break, at most one empty line, trimmed.
 * Each replace is run only when its character is there: most comments have no line break and no
 * no-break space, and three replaces per comment were the largest allocation of a first scan
 * (about 0.8 MB of 12 for the 2,000 replies of npm run bench -- --only scan, sampled with the
 * DevTools heap profiler, 2026-11-24).
 */
export function tidyText(text: string): string {
  let out = text;
  if (out.includes('\u00a0')) out = out.replace(/\u00a0/g, ' ');
  if (out.includes('\n')) out = out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return out.trim();
}

/** A label for matching a button: its aria-label if any, else its text. */
export function labelOf(el: Element): string {
  return normaliseLabel(el.getAttribute('aria-label') ?? el.textContent ?? '');
}

/**
 * Estimates when something was posted from a relative time as the sites print it
 * ("5m", "2 h", "3 j", "1 sem", "yesterday", "il y a 2 heures", "2 hours ago").
 * Returns null when the text is not a relative time.
 */
export function estimateFromRelativeTime(raw: string, now: Date = new Date()): string | null {
  const text = normaliseLabel(raw)
    .toLowerCase()
    .replace(/^il y a\s+/, '')
    .replace(/\s+ago$/, '')
    .replace(/\.$/, '');
  if (!text) return null;
  for (const { words, ms } of RELATIVE_WORDS) {
    if (words.includes(text)) return new Date(now.getTime() - ms).toISOString();
  }
  const match = /^(\d+)\s*([a-zéû]+)$/.exec(text);
  if (!match) {
    if (text === 'an hour' || text === 'une heure') return new Date(now.getTime() - 3_600_000).toISOString();
    return null;
  }
  const amount = Number(match[1]);
  const unit = match[2];
  const known = RELATIVE_UNITS.find((u) => u.units.includes(unit));
  if (!known) return null;
  return new Date(now.getTime() - amount * known.ms).toISOString();
}

/** Days 29-31 take the slow path, which rolls an impossible date over as before ("02-30" -> "03-02"). */
const CANONICAL_ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Normalises a datetime attribute to ISO, or null if it does not parse. */
export function isoFromDatetime(value: string | null | undefined): string | null {
  if (!value) return null;
  // X and Instagram already write canonical UTC ISO times ("2025-10-14T09:30:00.000Z"): keep them
  // as they are (parsing and printing a Date is the costliest step of reading a 2,000-reply thread).
  if (CANONICAL_ISO.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Waits (bounded) until `find` returns an element, re-checking on every DOM change under `root`
 * and at a fixed interval (some sites swap attributes without childList mutations).
 */
export function waitForElement<T extends Element>(
  root: Node,
  find: () => T | null,
  timeoutMs = 2000,
  intervalMs = 100,
): Promise<T | null> {
  const first = find();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(value);
    };
    const check = () => {
      const found = find();
      if (found) finish(found);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const poll = setInterval(check, intervalMs);
    const timer = setTimeout(() => finish(find()), timeoutMs);
  });
}

/** Clicks like a user would (pointer, mouse and click events), which React-based sites listen to. */
export function clickLikeUser(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, composed: true };
  if (view && 'PointerEvent' in view) {
    el.dispatchEvent(new view.PointerEvent('pointerdown', init));
    el.dispatchEvent(new view.PointerEvent('pointerup', init));
  }
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}

/** The origin to resolve a site's relative links against: the page's own if it is http(s). */
export function pageOrigin(node: Node, fallback: string): string {
  const origin = node.ownerDocument?.location?.origin ?? (node as Document).location?.origin;
  return origin && /^https?:/.test(origin) ? origin : fallback;
}

/** True when the element is a composer the moderator can type in. */
export function isEditable(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return !el.disabled && !el.readOnly;
  return el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}
