/**
 * Placeholders in reply bodies: `{author}`, `{brand}`, `{agent}`, `{correction_link}` and any custom
 * field the team invents (`{order_number}`). A name is lowercase letters, digits and `_`, starting
 * with a letter, so ordinary braces in prose are left alone while `{Brand}` or `{ author }` are
 * caught as typos by the schema instead of reaching a customer unfilled.
 */

export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]{0,39}$/;
const PLACEHOLDER = /\{([a-z][a-z0-9_]{0,39})\}/g;
/** Anything that looks meant as a placeholder: one word-ish token in braces, spaces allowed. */
const PLACEHOLDER_LIKE = /\{\s*[A-Za-z0-9_.-]{1,40}\s*\}/g;

export const KNOWN_PLACEHOLDERS = ['author', 'brand', 'agent', 'correction_link'] as const;
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number];

/** Where the UI can prefill each known placeholder from (the moderator confirms before insertion). */
export const PLACEHOLDER_INFO: Record<KnownPlaceholder, { label: string; source: 'comment' | 'settings' | 'claim' }> = {
  author: { label: "The comment author's name", source: 'comment' },
  brand: { label: 'Your brand name', source: 'settings' },
  agent: { label: 'Your first name (signature)', source: 'settings' },
  correction_link: { label: 'Link to the official correction', source: 'claim' },
};

export function isKnownPlaceholder(name: string): name is KnownPlaceholder {
  return (KNOWN_PLACEHOLDERS as readonly string[]).includes(name);
}

/** Placeholder names in order of first appearance, each once: "Hi {author}, {brand}… {author}" → ['author', 'brand']. */
export function placeholdersIn(body: string): string[] {
  const names: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    if (!names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

/** Brace tokens that look like placeholders but are not valid names, as written: ['{Brand}', '{ author }']. */
export function malformedPlaceholders(body: string): string[] {
  const bad: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER_LIKE)) {
    const token = m[0];
    if (!PLACEHOLDER_NAME.test(token.slice(1, -1)) && !bad.includes(token)) bad.push(token);
  }
  return bad;
}

/**
 * Replaces every placeholder that has a non-blank value (trimmed) in one pass, so a value that
 * itself contains "{brand}" is inserted literally, never expanded. Placeholders without a value are
 * left as written and listed in `missing`: insertion must wait until `missing` is empty.
 */
export function fillPlaceholders(body: string, values: Record<string, string>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name]?.trim() : '';
    if (value) return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text, missing };
}

/**
 * Why a value cannot be used for a placeholder, in English, or null when it is fine. A correction
 * link must be a web address (it is the whole point of a correction reply); no value may be blank
 * or span several paragraphs.
 */
export function placeholderValueProblem(name: string, value: string): string | null {
  const v = value.trim();
  if (!v) return `{${name}} needs a value`;
  if (v.length > 500) return `{${name}} is too long (${v.length} characters, at most 500)`;
  if (/\n\s*\n/.test(v)) return `{${name}} must not span several paragraphs`;
  if (name === 'correction_link') {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      return '{correction_link} must be a web address such as https://example.com/facts';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return '{correction_link} must start with https://';
    }
  }
  return null;
}
