/** Text helpers for escalation payloads. Comment text is untrusted: these only ever produce text. */

/** Cuts a text to at most `max` characters (code points), ending with "…" when it was cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Slack mrkdwn escaping: Slack requires &, < and > to be escaped; with them escaped, a comment cannot
 * forge a link (<https://…|label>), a mention (<@U…>) or a broadcast (<!channel>).
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Markdown escaping for Teams cards: backslash before every character Markdown could read as syntax
 * (links, emphasis, code, headings, lists, HTML), so a comment shows as typed.
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
