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
import { findMount, mountInShadow, pruneDetachedMounts, unmountAllMounts, type ShadowMount } from '../../components/page/shadow';
import { SuggestionCard, type SuggestionCardProps } from '../../components/page/SuggestionCard';

export function showBadge(el: HTMLElement, id: string, props: BadgeProps): void {
  // Keyed by comment id: a second call updates the badge in place, or moves it with its comment
  // when the platform re-rendered the row (mountInShadow reuses the host).
  mountInShadow(el, h(Badge, props), { key: `badge:${id}`, ui: 'badge', position: 'append' });
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
  mountInShadow(el, h(HeatMarker, { threadId, heat }), { key: `heat:${threadId}`, ui: 'heat', position: 'append', display: 'inline-block' });
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
  else card = { id, mount: mountInShadow(el, h(SuggestionCard, props), { key: `card:${id}`, ui: 'card', position: 'after' }) };
}

export function closeCard(): void {
  card?.mount.unmount();
  card = null;
}

let escalation: { id: string; mount: ShadowMount } | null = null;
export function showEscalateForm(el: HTMLElement, id: string, props: EscalateFormProps): void {
  if (escalation && escalation.id !== id) closeEscalateForm();
  if (escalation && escalation.mount.host.isConnected) escalation.mount.update(h(EscalateForm, props));
  else escalation = { id, mount: mountInShadow(el, h(EscalateForm, props), { key: `escalate:${id}`, ui: 'escalate', position: 'after' }) };
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
