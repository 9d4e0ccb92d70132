export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
/** The interface language setting: 'auto' follows the browser. */
export type LocaleSetting = Locale | 'auto';
/** One area's messages, the same keys in both languages. `{name}` marks a parameter. */
export type Catalog<K extends string = string> = Record<Locale, Record<K, string>>;
