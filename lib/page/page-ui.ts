/**
 * What Vigie draws on the page, all in shadow roots (components/page): a badge per flagged
 * comment, a heat marker per thread root, the page panel, the suggestion card and the escalation
 * form. Idempotent: drawing the same comment again updates its badge in place.
 */
import { h } from 'preact';
import { Badge, type BadgeProps } from '../../components/page/Badge';
import { EscalateForm, type EscalateFormProps } from '../../components/page/EscalateForm';
import { HeatMarker, type HeatMarkerProps } from '../../components/page/HeatMarker';
import { PagePanel, type PagePanelProps } from '../../components/page/PagePanel';
import { findMount, mountInShadow, pruneDetachedMounts, UI_ATTRIBUTE, unmountAllMounts, type MountPosition, type ShadowMount } from '../../components/page/shadow';
import { ATTR_ID } from '../scanner/marks';
import { SuggestionCard, type SuggestionCardProps } from '../../components/page/SuggestionCard';

/**
 * The direct child of a comment's element that holds its replies (an element already marked as a
 * comment), or null. Facebook nests a comment's replies inside its role=article (platform-notes.md;
 * test/fixtures/facebook/, 2026-11-24): what Vigie shows for the comment goes before them, next to
 * its own text, not after the last reply, where it would read as the last reply's.
 */
function repliesChild(el: HTMLElement): HTMLElement | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child instanceof HTMLElement && !child.hasAttribute(UI_ATTRIBUTE) && child.querySelector(`[${ATTR_ID}]`)) return child;
  }
  return null;
}

/**
 * Where UI for a comment goes: before its replies when it holds some; otherwise `withoutReplies`
 * the comment's element (at its end for a badge or heat marker, right after it for a card or form).
 */
function placeFor(el: HTMLElement, withoutReplies: 'append' | 'after'): { anchor: HTMLElement; position: MountPosition } {
  const replies = repliesChild(el);
  return replies ? { anchor: replies, position: 'before' } : { anchor: el, position: withoutReplies };
}

export function showBadge(el: HTMLElement, id: string, props: BadgeProps): void {
  // Keyed by comment id: a second call updates the badge in place, or moves it with its comment
  // when the platform re-rendered the row (mountInShadow reuses the host).
  const { anchor, position } = placeFor(el, 'append');
  mountInShadow(anchor, h(Badge, props), { key: `badge:${id}`, ui: 'badge', position });
}

export function hideBadge(id: string): void {
  findMount(`badge:${id}`, 'badge')?.unmount();
}

/** Removes badges left on elements that now show another comment (X reuses its rows). */
export function hideBadgesOn(el: HTMLElement, keepId: string): void {
  for (const host of Array.from(el.querySelectorAll<HTMLElement>(':scope > [data-vigie-ui="badge"]'))) {
    const key = host.getAttribute('data-vigie-key');
    if (key && key !== `badge:${keepId}`) findMount(key, 'badge')?.unmount();
  }
}

export function showHeat(el: HTMLElement, threadId: string, heat: HeatMarkerProps['heat']): void {
  const { anchor, position } = placeFor(el, 'append');
  mountInShadow(anchor, h(HeatMarker, { threadId, heat }), { key: `heat:${threadId}`, ui: 'heat', position, display: 'inline-block' });
}

export function hideHeat(threadId: string): void {
  findMount(`heat:${threadId}`, 'heat')?.unmount();
}

let panel: ShadowMount | null = null;
export function showPanel(props: PagePanelProps): void {
  if (panel && panel.host.isConnected) panel.update(h(PagePanel, props));
  else panel = mountInShadow(document.body, h(PagePanel, props), { key: 'panel', ui: 'panel', position: 'overlay' });
}

let card: { id: string; mount: ShadowMount } | null = null;
export function showCard(el: HTMLElement, id: string, props: SuggestionCardProps): void {
  if (card && card.id !== id) closeCard();
  if (card && card.mount.host.isConnected) card.mount.update(h(SuggestionCard, props));
  else {
    const { anchor, position } = placeFor(el, 'after');
    card = { id, mount: mountInShadow(anchor, h(SuggestionCard, props), { key: `card:${id}`, ui: 'card', position }) };
  }
}

export function closeCard(): void {
  card?.mount.unmount();
  card = null;
}

let escalation: { id: string; mount: ShadowMount } | null = null;
export function showEscalateForm(el: HTMLElement, id: string, props: EscalateFormProps): void {
  if (escalation && escalation.id !== id) closeEscalateForm();
  if (escalation && escalation.mount.host.isConnected) escalation.mount.update(h(EscalateForm, props));
  else {
    const { anchor, position } = placeFor(el, 'after');
    escalation = { id, mount: mountInShadow(anchor, h(EscalateForm, props), { key: `escalate:${id}`, ui: 'escalate', position }) };
  }
}

export function closeEscalateForm(): void {
  escalation?.mount.unmount();
  escalation = null;
}

/** After SPA navigation: everything drawn belonged to the previous post. */
export function clearPageUi(): void {
  closeCard();
  closeEscalateForm();
  unmountAllMounts();
  panel = null;
}

export { pruneDetachedMounts };
