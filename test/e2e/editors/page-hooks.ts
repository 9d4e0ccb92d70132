/**
 * What a test page exposes to the e2e test: the editor's own state (not its DOM), and whether
 * anything was sent. A test passes only when that state holds the text.
 */
export interface PageHooks {
  /** The editor framework's own text, read from its state. */
  __editorState: () => string;
  /** Set by the page's send paths (button click, form submit, Enter); must stay false. */
  __posted: boolean;
  /** Errors the page's editor raised (React/Draft/Lexical), for the test to assert none. */
  __editorErrors: string[];
}

export function pageHooks(): PageHooks {
  const hooks = window as unknown as PageHooks;
  hooks.__posted = false;
  hooks.__editorErrors = [];
  return hooks;
}

/** `?prefill=...` on the page URL: text the composer starts with (an earlier draft, an "@user " mention). */
export function prefillFromUrl(): string {
  return new URL(location.href).searchParams.get('prefill') ?? '';
}

export function flagFromUrl(name: string): boolean {
  return new URL(location.href).searchParams.has(name);
}
