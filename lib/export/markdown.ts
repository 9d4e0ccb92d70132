/**
 * Markdown that keeps untrusted text (comments, authors, notes) readable but inert: no link, image,
 * HTML, code span, emphasis or heading can come out of it.
 */

/** Escapes characters Markdown reads as inline syntax, and defuses bare-URL autolinks. */
export function escapeInline(text: string): string {
  return String(text)
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Inline text on one line (table cells, list items, headings). */
export function escapeLine(text: string): string {
  return escapeInline(String(text).replace(/[\r\n\t]+/g, ' ').trim());
}

/**
 * A block quote of untrusted text: every line is escaped and prefixed with "> "; a line that would
 * start a heading, list, quote or thematic break has its first character escaped.
 */
export function quoteBlock(text: string): string {
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      const escaped = escapeInline(line).replace(/^(\s*)([#>+\-=]|\d+[.)])/, (_, sp: string, m: string) => `${sp}\\${m}`);
      return escaped.trim() ? `> ${escaped}` : '>';
    })
    .join('\n');
}

/** A link only for http(s) URLs (the team's correction pages); anything else becomes escaped text. */
export function safeLink(url: string, label: string): string {
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) return escapeLine(url);
  return `[${escapeLine(label)}](<${url.replace(/[()]/g, (c) => encodeURIComponent(c))}>)`;
}
