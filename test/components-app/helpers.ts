/**
 * Helpers for the extension pages' tests: a fresh fake-indexeddb database per test, rendering
 * with act(), and waiting for Dexie liveQuery results to reach the screen.
 */
import { act } from 'preact/test-utils';
import { useDatabaseForTests, VigieDatabase } from '../../lib/db';
import { setLocale } from '../../lib/i18n';
import { SettingsSchema, type Settings } from '../../lib/settings/schema';

export function freshDatabase(): VigieDatabase {
  const database = new VigieDatabase('test-' + Math.random());
  useDatabaseForTests(database);
  setLocale('en');
  return database;
}

export function settingsWith(patch: Partial<Settings> = {}): Settings {
  return SettingsSchema.parse({ locale: 'en', ...patch });
}

export { mount, type Rendered as Mounted } from '../render';

/** Lets Dexie, liveQuery and Preact settle, polling until `check` passes (or it throws its last error). */
export async function until<T>(check: () => T | Promise<T>, what = 'condition', attempts = 400): Promise<NonNullable<T>> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
      last = new Error(`not yet: ${what}`);
    } catch (e) {
      last = e;
    }
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw last;
}

export function $(root: ParentNode, testid: string): HTMLElement | null {
  return root.querySelector(`[data-testid="${testid}"]`);
}

export function must(root: ParentNode, testid: string): HTMLElement {
  const el = $(root, testid);
  if (!el) throw new Error(`no element with data-testid="${testid}"`);
  return el;
}

export function click(el: Element): Promise<void> {
  return act(() => {
    (el as HTMLElement).click();
  });
}

/** Types into an input or textarea the way a person does (value, then input event). */
export function typeInto(el: Element, value: string): Promise<void> {
  return act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: Element, value: string): Promise<void> {
  return act(() => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function check(el: Element, on = true): Promise<void> {
  return act(() => {
    const input = el as HTMLInputElement;
    if (input.checked !== on) input.click();
  });
}

/** Picks a file in an <input type="file">, as the browser's file dialog would. */
export function pickFile(input: Element, name: string, content: string, type = 'application/json'): Promise<void> {
  const file = new File([content], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  return act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
