/**
 * Request bodies for each kind of endpoint. Comment text is untrusted: it is escaped for the target's
 * markup (Slack mrkdwn, Teams Markdown) and never turned into HTML; the e-mail draft is plain text.
 */
import type { EndpointConfig, WebhookEndpoint } from './endpoints';
import type { EscalationPacket } from './packet';
import { escapeMarkdownText, escapeSlack, truncate } from './text';

export interface WebhookRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/** Longest mailto: URL produced (browsers and mail clients cut or refuse longer ones). */
export const MAX_MAILTO_LENGTH = 1_900;
/** Slack rejects a section text over 3,000 characters. */
const SLACK_TEXT = 2_900;

const KIND_LABEL: Record<string, string> = { hostile: 'hostile', rumour: 'rumour' };

function title(p: EscalationPacket): string {
  const kinds = p.verdict.kinds.map((k) => KIND_LABEL[k]).join(' + ') || 'flagged';
  return `[${p.severity.toUpperCase()}] Vigie escalation: ${kinds} comment on ${p.platform}`;
}

/** Lines of plain facts, shared by the formats (values still need escaping per target). */
function facts(p: EscalationPacket): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['Author', p.comment.author],
    ['Posted', p.comment.postedAt ?? 'unknown'],
    ['Scores', `hostility ${p.verdict.hostilityScore.toFixed(2)}, rumour ${p.verdict.rumourScore.toFixed(2)}`],
  ];
  if (p.verdict.labels.length) out.push(['Labels', p.verdict.labels.join(', ')]);
  if (p.matchedClaim) out.push(['Register claim', `${p.matchedClaim.statement} (${p.matchedClaim.status})`]);
  if (p.note) out.push(['Moderator note', p.note]);
  return out;
}

const quoteSlack = (text: string) => escapeSlack(text).split(/\r?\n/).map((l) => `>${l}`).join('\n');

export function slackBody(p: EscalationPacket): object {
  const lines = facts(p).map(([k, v]) => `*${k}:* ${escapeSlack(v)}`);
  const reasons = p.verdict.reasons.slice(0, 5).map((r) => `• ${escapeSlack(r.label)}: “${escapeSlack(r.excerpt)}”`);
  // A link only for an http(s) URL; '|' would end the URL and start a forged label.
  const link = (url: string, label: string) => (/^https?:\/\//i.test(url) ? `<${escapeSlack(url).replace(/\|/g, '%7C')}|${label}>` : `${label}: ${escapeSlack(url)}`);
  return {
    text: escapeSlack(title(p)),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: truncate(title(p), 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: truncate(quoteSlack(p.comment.text), SLACK_TEXT) } },
      { type: 'section', text: { type: 'mrkdwn', text: truncate([...lines, ...reasons].join('\n'), SLACK_TEXT) } },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: [link(p.comment.permalink, 'Open the comment'), p.matchedClaim?.correctionLink ? link(p.matchedClaim.correctionLink, 'Correction') : null].filter(Boolean).join(' · ') },
          { type: 'mrkdwn', text: `Escalation ${escapeSlack(p.id)}` },
        ],
      },
    ],
  };
}

/** Office 365 connector hosts take a MessageCard; Workflows / Power Automate take an Adaptive Card. */
function teamsWantsMessageCard(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.webhook.office.com');
  } catch {
    return false;
  }
}

export function teamsBody(p: EscalationPacket, url: string): object {
  const md = escapeMarkdownText;
  if (teamsWantsMessageCard(url)) {
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary: title(p),
      themeColor: p.severity === 'critical' || p.severity === 'high' ? 'D13438' : 'FFB900',
      title: md(title(p)),
      sections: [
        { text: md(p.comment.text) },
        { facts: facts(p).map(([name, value]) => ({ name, value: md(value) })) },
      ],
      potentialAction: [{ '@type': 'OpenUri', name: 'Open the comment', targets: [{ os: 'default', uri: p.comment.permalink }] }],
    };
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: md(title(p)), weight: 'Bolder', wrap: true },
            { type: 'TextBlock', text: md(p.comment.text), wrap: true },
            { type: 'FactSet', facts: facts(p).map(([title, value]) => ({ title, value: md(value) })) },
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Open the comment', url: p.comment.permalink }],
        },
      },
    ],
  };
}

/** The generic JSON webhook receives the packet itself. */
export function jsonBody(p: EscalationPacket): object {
  return { type: 'vigie.escalation', version: 1, idempotencyKey: p.idempotencyKey, packet: p };
}

/** The HTTP request for a webhook endpoint; every kind carries the Idempotency-Key header. */
export function webhookRequest(p: EscalationPacket, endpoint: WebhookEndpoint): WebhookRequest {
  const body = endpoint.kind === 'slack' ? slackBody(p) : endpoint.kind === 'teams' ? teamsBody(p, endpoint.url) : jsonBody(p);
  return {
    url: endpoint.url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': p.idempotencyKey },
    body: JSON.stringify(body),
  };
}

/**
 * An e-mail draft as a mailto: URL (subject and plain-text body), cut so the whole URL stays under
 * MAX_MAILTO_LENGTH. The screenshot is not included: it does not fit in a URL.
 */
export function emailDraft(p: EscalationPacket, address: string): string {
  const subject = title(p);
  const head = `mailto:${encodeURIComponent(address)}?subject=${encodeURIComponent(subject)}&body=`;
  const lines = [
    'Comment:',
    p.comment.text,
    '',
    ...facts(p).map(([k, v]) => `${k}: ${v}`),
    ...(p.matchedClaim?.correctionLink ? [`Correction: ${p.matchedClaim.correctionLink}`] : []),
    `Link: ${p.comment.permalink}`,
    `Page: ${p.pageUrl}`,
    `Escalation: ${p.id}`,
  ];
  let body = lines.join('\n');
  // Encoded length grows unevenly (accents, emoji): shrink the comment until the URL fits.
  while (head.length + encodeURIComponent(body).length > MAX_MAILTO_LENGTH) {
    const over = head.length + encodeURIComponent(body).length - MAX_MAILTO_LENGTH;
    const commentChars = [...lines[1]].length;
    if (commentChars > 20) {
      lines[1] = truncate(lines[1], Math.max(20, commentChars - Math.ceil(over / 3) - 1));
      body = lines.join('\n');
    } else {
      body = truncate(body, Math.max(1, [...body].length - Math.ceil(over / 3) - 1));
    }
  }
  return head + encodeURIComponent(body);
}

/** What to do with a packet for an endpoint: a request to send, or a draft to open. */
export function deliveryFor(p: EscalationPacket, endpoint: EndpointConfig): { kind: 'request'; request: WebhookRequest } | { kind: 'mailto'; url: string } {
  return endpoint.kind === 'email' ? { kind: 'mailto', url: emailDraft(p, endpoint.address) } : { kind: 'request', request: webhookRequest(p, endpoint) };
}
