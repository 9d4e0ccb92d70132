/**
 * Mounting Preact trees inside shadow roots on facebook.com, x.com and instagram.com.
 *
 * Why a shadow root: the page's CSS cannot reach our elements and ours cannot reach the page's.
 * The host is a plain `<div data-vigie-ui="…">` (no custom element is registered: a content script
 * cannot define elements in the page's registry reliably across browsers, and it need not).
 * `all: initial !important` on the host stops inherited styles (font, colour, line height…) and
 * beats a page rule such as `* { display: none !important }`, because inline `!important`
 * declarations outrank author `!important` rules.
 *
 * Shadow roots are OPEN by default: the end-to-end tests (Playwright selectors pierce open roots)
 * and the moderator's own tools can reach the buttons. Pass `mode: 'closed'` to hide them from
 * page scripts; the returned `root` stays usable either way.
 *
 * Mounting is idempotent: with the same `key` (for example `badge:<comment id>`) the same host is
 * reused, moved next to the new anchor when a platform recycled the row, and re-rendered.
 */
import { render, type ComponentChild } from 'preact';
import { PAGE_CSS } from './styles';
import { detectPageTheme, type PageTheme } from './theme';

export type MountPosition = 'before' | 'after' | 'append' | 'overlay';

export interface MountOptions {
  /** Stable identity of what is shown (e.g. `badge:${comment.id}`): a second mount reuses the host. */
  key?: string;
  /** The CSS inlined into the shadow root. Default: every in-page component's CSS (PAGE_CSS). */
  css?: string;
  /**
   * Where the host goes, relative to the anchor: as its previous or next sibling, as its last child,
   * or 'overlay': its last child with `position: fixed` and no size, for panels that position
   * themselves on the viewport (the anchor is then usually document.body). Default 'append'.
   */
  position?: MountPosition;
  /** Names the kind of UI in `data-vigie-ui` (default 'ui'); one host per anchor, position and kind. */
  ui?: string;
  /** Default 'open' (see above). Fixed when the host is created. */
  mode?: ShadowRootMode;
  /** Our palette; default: the page's, detected once (refreshPageTheme() detects again). */
  theme?: PageTheme;
  /** CSS display of the host for in-flow positions. Default 'block'. */
  display?: 'block' | 'inline-block' | 'inline';
}

export interface ShadowMount {
  root: ShadowRoot;
  host: HTMLElement;
  /** Renders a new tree in place (Preact diffs it against the current one). */
  update(vnode: ComponentChild): void;
  /** Unrenders the tree and removes the host. Later calls do nothing. */
  unmount(): void;
}

/** Attribute that marks every host: the lead's MutationObservers should ignore these nodes. */
export const UI_ATTRIBUTE = 'data-vigie-ui';
const KEY_ATTRIBUTE = 'data-vigie-key';

/**
 * Events stopped at the shadow root once our own handlers ran. Keys typed in our fields must not
 * reach the platforms' keyboard shortcuts (X: j, k, r, l…), and a click on our buttons must not
 * reach the row's own handler (X opens the post on a click anywhere in its cell).
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'paste', 'copy', 'cut',
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
] as const;

interface Entry {
  handle: ShadowMount;
  container: HTMLElement;
  registryKey: string | null;
  mounted: boolean;
}

const byKey = new Map<string, Entry>();
const byHost = new WeakMap<HTMLElement, Entry>();
let cachedTheme: PageTheme | null = null;

function pageTheme(): PageTheme {
  return (cachedTheme ??= detectPageTheme());
}

function hostStyle(position: MountPosition, display: NonNullable<MountOptions['display']>): string {
  const base = 'all: initial !important;';
  if (position === 'overlay') {
    return `${base} display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;`
      + ' width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important;';
  }
  return `${base} display: ${display} !important; max-width: 100% !important;`;
}

function isVigieHost(el: Element | null): el is HTMLElement {
  return !!el && el.hasAttribute(UI_ATTRIBUTE);
}

/** Our host of this kind already placed at that position (other Vigie hosts may sit in between). */
function findPlacedHost(anchor: HTMLElement, position: MountPosition, ui: string): HTMLElement | null {
  if (position === 'append' || position === 'overlay') {
    for (const child of Array.from(anchor.children)) {
      if (isVigieHost(child) && child.getAttribute(UI_ATTRIBUTE) === ui) return child;
    }
    return null;
  }
  const step = (el: Element) => (position === 'before' ? el.previousElementSibling : el.nextElementSibling);
  for (let el = step(anchor); isVigieHost(el); el = step(el)) {
    if (el.getAttribute(UI_ATTRIBUTE) === ui) return el;
  }
  return null;
}

function place(host: HTMLElement, anchor: HTMLElement, position: MountPosition): void {
  if (position === 'append' || position === 'overlay') anchor.appendChild(host);
  else if (position === 'before') {
    if (!anchor.parentNode) throw new Error('mountInShadow: the anchor has no parent to place a host before it');
    anchor.before(host);
  } else {
    if (!anchor.parentNode) throw new Error('mountInShadow: the anchor has no parent to place a host after it');
    anchor.after(host);
  }
}

function stopPropagation(e: Event): void {
  e.stopPropagation();
}

/**
 * One constructed stylesheet per CSS text, shared by every shadow root that uses it: a page with
 * hundreds of badges parses the CSS once and keeps one copy (a <style> per root cost megabytes).
 * Where constructed stylesheets are missing, a <style> element in the root does the same job.
 */
const sharedSheets = new Map<string, CSSStyleSheet>();
const cssOfRoot = new WeakMap<ShadowRoot, string>();

function applyStyles(root: ShadowRoot, css: string): void {
  if (cssOfRoot.get(root) === css) return;
  cssOfRoot.set(root, css);
  const canAdopt = 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;
  if (canAdopt) {
    let sheet = sharedSheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sharedSheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  let el = root.querySelector('style');
  if (!el) {
    el = document.createElement('style');
    root.prepend(el);
  }
  el.textContent = css;
}

/** The CSS a shadow root of ours was given (for tests and debugging). */
export function shadowCss(root: ShadowRoot): string | undefined {
  return cssOfRoot.get(root);
}

export function mountInShadow(anchor: HTMLElement, vnode: ComponentChild, opts: MountOptions = {}): ShadowMount {
  if (!(anchor instanceof HTMLElement)) throw new TypeError('mountInShadow: the anchor must be an HTMLElement');
  const position = opts.position ?? 'append';
  const ui = opts.ui ?? 'ui';
  if (!/^[a-z][a-z0-9-]*$/.test(ui)) throw new Error(`mountInShadow: ui must be lowercase letters, digits and dashes, got "${ui}"`);
  const registryKey = opts.key !== undefined ? `${ui}\u0000${opts.key}` : null;
  const theme = opts.theme ?? pageTheme();

  // The same key: reuse the host, moving it if the anchor changed (a recycled or re-rendered row).
  const known = registryKey !== null ? byKey.get(registryKey) : undefined;
  const placed = findPlacedHost(anchor, position, ui);
  if (placed && placed !== known?.handle.host) {
    const stale = byHost.get(placed);
    if (stale && stale.registryKey === null && registryKey === null) {
      // An unkeyed host of this kind at this place: it is the one to reuse.
      return reuse(stale, anchor, position, vnode, theme, opts);
    }
    // Another comment's UI left at this place (the platform recycled the row): one host per place.
    if (stale) stale.handle.unmount();
    else placed.remove();
  }
  if (known) return reuse(known, anchor, position, vnode, theme, opts);

  const host = document.createElement('div');
  host.setAttribute(UI_ATTRIBUTE, ui);
  if (opts.key !== undefined) host.setAttribute(KEY_ATTRIBUTE, opts.key);
  host.setAttribute('style', hostStyle(position, opts.display ?? 'block'));
  const root = host.attachShadow({ mode: opts.mode ?? 'open' });
  const container = document.createElement('div');
  container.className = 'vg-root';
  container.setAttribute('data-theme', theme);
  root.append(container);
  applyStyles(root, opts.css ?? PAGE_CSS);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, stopPropagation);

  const entry: Entry = {
    container,
    registryKey,
    mounted: true,
    handle: {
      root,
      host,
      update(next) {
        if (!entry.mounted) throw new Error('mountInShadow: update() after unmount()');
        render(next, container);
      },
      unmount() {
        if (!entry.mounted) return;
        entry.mounted = false;
        render(null, container);
        host.remove();
        if (registryKey !== null && byKey.get(registryKey) === entry) byKey.delete(registryKey);
        byHost.delete(host);
      },
    },
  };
  if (registryKey !== null) byKey.set(registryKey, entry);
  byHost.set(host, entry);
  place(host, anchor, position);
  render(vnode, container);
  return entry.handle;
}

function reuse(
  entry: Entry,
  anchor: HTMLElement,
  position: MountPosition,
  vnode: ComponentChild,
  theme: PageTheme,
  opts: MountOptions,
): ShadowMount {
  const { host } = entry.handle;
  if (findPlacedHost(anchor, position, host.getAttribute(UI_ATTRIBUTE) ?? '') !== host) place(host, anchor, position);
  const style = hostStyle(position, opts.display ?? 'block');
  if (host.getAttribute('style') !== style) host.setAttribute('style', style);
  if (entry.container.getAttribute('data-theme') !== theme) entry.container.setAttribute('data-theme', theme);
  if (opts.css !== undefined) applyStyles(entry.handle.root, opts.css);
  render(vnode, entry.container);
  return entry.handle;
}

/** The mount for a key, if it is still mounted. */
export function findMount(key: string, ui = 'ui'): ShadowMount | null {
  return byKey.get(`${ui}\u0000${key}`)?.handle ?? null;
}

/**
 * Unmounts keyed mounts whose host is no longer in the document (the page removed the comment):
 * their Preact trees would otherwise stay in memory. Returns how many were removed.
 */
export function pruneDetachedMounts(): number {
  let removed = 0;
  for (const entry of Array.from(byKey.values())) {
    if (!entry.handle.host.isConnected) {
      entry.handle.unmount();
      removed++;
    }
  }
  return removed;
}

/** Unmounts every keyed mount (the content script is being invalidated). */
export function unmountAllMounts(): void {
  for (const entry of Array.from(byKey.values())) entry.handle.unmount();
}

/** Detects the page's theme again (the moderator switched it) and repaints every keyed mount. */
export function refreshPageTheme(theme: PageTheme = detectPageTheme()): void {
  cachedTheme = theme;
  for (const entry of byKey.values()) entry.container.setAttribute('data-theme', theme);
}
