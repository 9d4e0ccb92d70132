/**
 * Links that come from data (an imported register, an escalation packet) become <a href> only when
 * they are web addresses: a `javascript:` or `data:` URL in a file must not become clickable.
 */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A screenshot is shown only as an inline PNG or JPEG data URL (never a remote or SVG image). */
export function safeScreenshotUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  return /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(value) ? value : null;
}
