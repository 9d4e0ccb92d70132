// @vitest-environment node
import { expect, test } from 'vitest';
import { emailDraft, MAX_MAILTO_LENGTH, webhookRequest } from '../../lib/escalation/format';
import { packet } from './helpers';

const slack = { kind: 'slack' as const, name: 'S', url: 'https://hooks.slack.com/services/T/B/X' };

test('Slack: the comment cannot forge links, mentions or broadcasts', () => {
  const req = webhookRequest(packet(), slack);
  const body = JSON.parse(req.body);
  const text = JSON.stringify(body.blocks);
  expect(text).not.toContain('<!channel>');
  expect(text).not.toContain('<https://evil.example');
  expect(text).toContain('&lt;!channel&gt;');
  expect(text).toContain('&amp; more');
  expect(text).toContain('<https://www.facebook.com/cacaoandco/posts/123?comment_id=c1|Open the comment>');
  expect(body.text).toMatch(/HIGH/);
});

test('every webhook request carries the idempotency key as a header', () => {
  const p = packet();
  for (const endpoint of [slack, { kind: 'teams' as const, name: 'T', url: 'https://x.webhook.office.com/webhookb2/1' }, { kind: 'json' as const, name: 'J', url: 'https://h.example/x' }]) {
    const req = webhookRequest(p, endpoint);
    expect(req.method).toBe('POST');
    expect(req.headers['Idempotency-Key']).toBe(p.idempotencyKey);
    expect(req.headers['Content-Type']).toBe('application/json');
  }
});

test('generic JSON carries the packet and its idempotency key', () => {
  const p = packet();
  const body = JSON.parse(webhookRequest(p, { kind: 'json', name: 'J', url: 'https://h.example/x' }).body);
  expect(body.packet).toEqual(p);
  expect(body.idempotencyKey).toBe(p.idempotencyKey);
});

test('Teams: a MessageCard for connectors, an Adaptive Card for Workflows, with Markdown escaped', () => {
  const p = packet({ comment: { id: 'c', text: 'see [this](https://evil.example) **now**', author: 'a', permalink: 'https://x.com/a/status/1', postedAt: null } });
  const card = JSON.parse(webhookRequest(p, { kind: 'teams', name: 'T', url: 'https://x.webhook.office.com/webhookb2/1' }).body);
  expect(card['@type']).toBe('MessageCard');
  expect(card.sections[0].text).toBe('see \\[this\\]\\(https://evil\\.example\\) \\*\\*now\\*\\*');
  const adaptive = JSON.parse(webhookRequest(p, { kind: 'teams', name: 'T', url: 'https://prod-1.westeurope.logic.azure.com/workflows/1' }).body);
  expect(adaptive.attachments[0].content.type).toBe('AdaptiveCard');
  expect(JSON.stringify(adaptive)).not.toContain('[this](');
});

test('e-mail: a mailto draft with subject and body, bounded in length', () => {
  const url = emailDraft(packet(), 'crisis@cacao.example');
  expect(url.startsWith('mailto:crisis%40cacao.example?subject=')).toBe(true);
  const body = decodeURIComponent(url.split('&body=')[1]);
  expect(body).toContain('Cacao & Co put palm oil');
  expect(body).toContain('Correction: https://cacao.example/facts');
  const long = emailDraft(packet({ comment: { id: 'c', text: 'é😀 '.repeat(3000), author: 'a', permalink: 'https://x.com/a/status/1', postedAt: null } }), 'crisis@cacao.example');
  expect(long.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  expect(decodeURIComponent(long.split('&body=')[1])).toContain('Escalation: ');
});
