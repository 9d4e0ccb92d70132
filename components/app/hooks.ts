import { useEffect, useState } from 'preact/hooks';
import type { Observable } from 'dexie';
import { browser } from 'wxt/browser';
import { getLocale, onLocaleChange, resolveLocale, setLocale, type Locale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';

/** Subscribes to a Dexie liveQuery; undefined until the first value. */
export function useObservable<T>(make: () => Observable<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = make().subscribe({ next: setValue, error: (e) => console.error('[vigie]', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}

/** Applies the interface-language setting and re-renders the caller when it changes. */
export function useLocale(settings: Settings | undefined): Locale {
  const [locale, setState] = useState<Locale>(getLocale());
  useEffect(() => onLocaleChange(setState), []);
  useEffect(() => {
    if (settings) setLocale(resolveLocale(settings.locale, browser.i18n.getUILanguage()));
  }, [settings?.locale]);
  return locale;
}
