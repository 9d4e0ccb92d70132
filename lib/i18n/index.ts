/**
 * The interface language. browser.i18n cannot be switched at run time, so the same catalogs are
 * loaded here and a setting can override the browser's language ('auto' follows it).
 * public/_locales holds only what the manifest needs (name, description).
 */
import { buildTable } from './catalog';
import { LOCALES, type Locale, type LocaleSetting } from './types';

export type { Locale, LocaleSetting } from './types';

let current: Locale = 'en';
const tables = new Map<Locale, Map<string, string>>();
const listeners = new Set<(l: Locale) => void>();

function table(l: Locale): Map<string, string> {
  let t = tables.get(l);
  if (!t) tables.set(l, (t = buildTable(l)));
  return t;
}

/** Picks 'fr' or 'en' from a BCP 47 tag (fr-CA → fr); anything else → en. */
export function localeFromTag(tag: string | undefined | null): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

export function resolveLocale(setting: LocaleSetting, browserTag: string | undefined): Locale {
  return setting === 'auto' ? localeFromTag(browserTag) : setting;
}

export function setLocale(l: Locale): void {
  if (l === current) return;
  current = l;
  for (const fn of listeners) fn(l);
}

export function getLocale(): Locale {
  return current;
}

export function onLocaleChange(fn: (l: Locale) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Translates a key; `{name}` is replaced by params.name. A missing key shows itself (and is tested against). */
export function t(key: string, params?: Record<string, string | number>, locale: Locale = current): string {
  const raw = table(locale).get(key) ?? table('en').get(key) ?? key;
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
