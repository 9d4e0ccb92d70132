/**
 * Translation helpers for components that live outside the extension pages (in shadow roots on
 * facebook.com, x.com, instagram.com): they follow the interface language set with setLocale().
 */
import { useEffect, useState } from 'preact/hooks';
import { getLocale, onLocaleChange, t, type Locale } from '../../lib/i18n';

/** Re-renders the caller when the interface language changes; returns the current one. */
export function useInterfaceLocale(): Locale {
  const [locale, setState] = useState<Locale>(getLocale());
  useEffect(() => {
    // The language may have changed between the first render and this effect.
    setState(getLocale());
    return onLocaleChange(setState);
  }, []);
  return locale;
}

/** True when the key has a message (t() shows a missing key as itself). */
export function hasMessage(key: string): boolean {
  return t(key) !== key;
}

/**
 * A message with a count: `${key}.one` or `${key}.other`, with `{count}` filled in.
 * French uses the singular for 0 and 1, English only for 1.
 */
export function tn(key: string, count: number, params: Record<string, string | number> = {}): string {
  const singular = getLocale() === 'fr' ? Math.abs(count) < 2 : count === 1;
  return t(`${key}.${singular ? 'one' : 'other'}`, { ...params, count });
}

/**
 * A machine label shown to people: a hostility sub-label ('insult'), a rumour cue ('hearsay'), a
 * tone-check kind. Unknown labels (a team's own) are shown as they are, underscores as spaces.
 */
export function labelText(label: string): string {
  for (const key of [`common.label.${label}`, `page.cue.${label}`, `page.tone.${label}`]) {
    if (hasMessage(key)) return t(key);
  }
  return label.replace(/_/g, ' ');
}
