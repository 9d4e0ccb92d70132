/**
 * Test helpers for the in-page components: makes sure the page catalog is registered (a no-op now
 * that lib/i18n/catalog.ts lists it) and renders into a container with act().
 * Import this module FIRST in a test file: translation tables are built on the first t() call.
 */
import { act } from 'preact/test-utils';
import { setLocale } from '../../lib/i18n';
import { allCatalogs } from '../../lib/i18n/catalog';
import type { Catalog } from '../../lib/i18n/types';
import page from '../../lib/i18n/messages/page';

const catalogs = allCatalogs() as Catalog[];
if (!catalogs.includes(page)) catalogs.push(page);

export { act };

export { mount, type Rendered } from '../render';

/** Runs a DOM action (event, focus) and lets Preact re-render. */
export function user(action: () => void): Promise<void> {
  return act(action);
}

export function key(target: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  return act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init }));
  });
}

export function click(target: Element): Promise<void> {
  return act(() => {
    (target as HTMLElement).click();
  });
}

/** Types a value into an input the way a person does: value, then an input event. */
export function type(input: HTMLInputElement, value: string): Promise<void> {
  return act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function resetLocale(): void {
  setLocale('en');
}

/** Text of an element with runs of whitespace (incl. non-breaking spaces) collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
