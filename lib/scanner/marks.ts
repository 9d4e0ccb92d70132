/**
 * The page hooks Vigie puts on comment elements (end-to-end tests and the UI read them):
 * data-vigie-id, data-vigie-verdict ('hostile' | 'rumour' | 'ok'), data-vigie-flags
 * ('hostile rumour', space-separated) and data-vigie-dismissed. Every setter is idempotent:
 * setting the same value again touches nothing, so it does not feed our own MutationObserver.
 * Only these functions write the hooks (they remember what they wrote).
 */
import { elementSlot } from '../element-slot';
import type { VerdictKind } from '../types';

export const ATTR_ID = 'data-vigie-id';
export const ATTR_VERDICT = 'data-vigie-verdict';
export const ATTR_FLAGS = 'data-vigie-flags';
export const ATTR_DISMISSED = 'data-vigie-dismissed';

const VERDICT_ATTRS = [ATTR_VERDICT, ATTR_FLAGS, ATTR_DISMISSED] as const;
const FLAG_ORDER = ['hostile', 'rumour'] as const;
export type VerdictFlag = (typeof FLAG_ORDER)[number];

type HookName = typeof ATTR_ID | typeof ATTR_VERDICT | typeof ATTR_FLAGS | typeof ATTR_DISMISSED;
type Hooks = Record<HookName, string | null>;

/**
 * The hooks Vigie last wrote on each element. They are Vigie's own (nothing else writes
 * data-vigie-*), so a mark already in place is known without reading the DOM: on a first scan of
 * 2,000 comments the attribute reads through the DOM bindings were most of the marking cost
 * (npm run bench -- --only scan). An element seen for the first time is read once: without
 * data-vigie-id it carries no hook at all (every setter sets the id before the others, and
 * clearMarks removes it after them).
 *
 * Kept on the element (lib/element-slot.ts). A new copy of this module (the extension reloaded)
 * has a slot of its own: it reads the marks an earlier one left from the DOM, once.
 */
const written = elementSlot<Hooks>('vigie-hooks');

function hooksOf(el: Element): Hooks {
  const known = written.get(el);
  if (known) return known;
  const hooks: Hooks = el.hasAttribute(ATTR_ID)
    ? {
        [ATTR_ID]: el.getAttribute(ATTR_ID),
        [ATTR_VERDICT]: el.getAttribute(ATTR_VERDICT),
        [ATTR_FLAGS]: el.getAttribute(ATTR_FLAGS),
        [ATTR_DISMISSED]: el.getAttribute(ATTR_DISMISSED),
      }
    : { [ATTR_ID]: null, [ATTR_VERDICT]: null, [ATTR_FLAGS]: null, [ATTR_DISMISSED]: null };
  written.set(el, hooks);
  return hooks;
}

function setAttr(el: Element, name: HookName, value: string | null): void {
  const hooks = hooksOf(el);
  if (hooks[name] === value) return;
  hooks[name] = value;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Marks `el` as showing comment `id`. When the element carried another id (X recycled the row
 * for another post), the old verdict, flags and dismissal are cleared first: they belong to the
 * other comment. Returns true when a stale mark was cleared.
 */
export function markId(el: Element, id: string): boolean {
  const previous = hooksOf(el)[ATTR_ID];
  let cleared = false;
  if (previous !== null && previous !== id) {
    clearVerdict(el);
    cleared = true;
  }
  setAttr(el, ATTR_ID, id);
  return cleared;
}

/** Sets the verdict of the comment `id` shown in `el` (clearing a recycled row's stale one first). */
export function markVerdict(el: Element, id: string, verdict: VerdictKind, flags: readonly VerdictFlag[] = []): void {
  for (const flag of flags) {
    if (!FLAG_ORDER.includes(flag)) throw new Error(`unknown verdict flag: ${String(flag)}`);
  }
  markId(el, id);
  setAttr(el, ATTR_VERDICT, verdict);
  const ordered = FLAG_ORDER.filter((f) => flags.includes(f));
  setAttr(el, ATTR_FLAGS, ordered.length > 0 ? ordered.join(' ') : null);
}

/**
 * Every hook of a comment at once: id (checked once), verdict, flags and dismissal. The same
 * result as markVerdict then markDismissed, with a third of the attribute reads (a page of
 * thousands of comments calls this for each).
 */
export function markComment(el: Element, id: string, verdict: VerdictKind, flags: readonly VerdictFlag[], dismissed: boolean): void {
  markVerdict(el, id, verdict, flags);
  setAttr(el, ATTR_DISMISSED, dismissed ? 'true' : null);
}

/** Marks the comment as dismissed by the moderator (true) or not (false). */
export function markDismissed(el: Element, id: string, dismissed: boolean): void {
  markId(el, id);
  setAttr(el, ATTR_DISMISSED, dismissed ? 'true' : null);
}

/** Removes verdict, flags and dismissal (keeps the id). */
export function clearVerdict(el: Element): void {
  for (const name of VERDICT_ATTRS) setAttr(el, name, null);
}

/** Removes every Vigie hook from the element. */
export function clearMarks(el: Element): void {
  clearVerdict(el);
  setAttr(el, ATTR_ID, null);
}

/** Every element under root carrying a Vigie id (for cleanup when Vigie is switched off). */
export function markedElements(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(`[${ATTR_ID}]`));
}
