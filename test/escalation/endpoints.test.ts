// @vitest-environment node
import { expect, test } from 'vitest';
import { originPermissionFor, validateEndpoint } from '../../lib/escalation/endpoints';

const prod = { allowLoopback: false };
const dev = { allowLoopback: true };
const err = (cfg: unknown, opts = prod) => {
  const r = validateEndpoint(cfg, opts);
  return r.ok ? null : r.error;
};

test('Slack: only hooks.slack.com over HTTPS', () => {
  expect(err({ kind: 'slack', name: 'Crisis', url: 'https://hooks.slack.com/services/T0/B0/XYZ' })).toBeNull();
  expect(err({ kind: 'slack', name: 'Crisis', url: 'https://hooks.slack.com.evil.example/services/x' })).toMatch(/hooks\.slack\.com/);
  expect(err({ kind: 'slack', name: 'Crisis', url: 'http://hooks.slack.com/services/x' })).toMatch(/HTTPS/);
});

test('Teams: Office connectors and Workflows / Power Automate hosts', () => {
  expect(err({ kind: 'teams', name: 'T', url: 'https://contoso.webhook.office.com/webhookb2/abc' })).toBeNull();
  expect(err({ kind: 'teams', name: 'T', url: 'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke' })).toBeNull();
  expect(err({ kind: 'teams', name: 'T', url: 'https://example.com/webhook' })).toMatch(/Teams webhook URL must be on/);
});

test('JSON webhooks: any HTTPS host, localhost only in development builds', () => {
  expect(err({ kind: 'json', name: 'SIEM', url: 'https://crisis.example.org/hooks/vigie' })).toBeNull();
  expect(err({ kind: 'json', name: 'Local', url: 'http://127.0.0.1:8787/hook' })).toMatch(/HTTPS.*development/);
  expect(err({ kind: 'json', name: 'Local', url: 'http://127.0.0.1:8787/hook' }, dev)).toBeNull();
  expect(err({ kind: 'json', name: 'Local', url: 'http://localhost/hook' }, dev)).toBeNull();
  expect(err({ kind: 'json', name: 'LAN', url: 'http://192.168.1.10/hook' }, dev)).toMatch(/HTTPS/);
  expect(err({ kind: 'json', name: 'X', url: 'ftp://example.com/x' })).toMatch(/HTTPS \(got ftp\)/);
  expect(err({ kind: 'json', name: 'X', url: 'https://user:pw@example.com/x' })).toMatch(/password/);
  expect(err({ kind: 'json', name: 'X', url: 'nope' })).toMatch(/not a valid URL/);
});

test('e-mail: a plausible address; and a name is required', () => {
  expect(err({ kind: 'email', name: 'Cell', address: 'crisis@cacao.example' })).toBeNull();
  expect(err({ kind: 'email', name: 'Cell', address: 'crisis at cacao' })).toMatch(/not a valid e-mail/);
  expect(err({ kind: 'email', name: '', address: 'crisis@cacao.example' })).toMatch(/name/);
  expect(err({ kind: 'fax', name: 'x', url: 'https://x.example' })).toMatch(/kind/);
});

test('the host permission to request covers the endpoint origin, without the port', () => {
  expect(originPermissionFor('https://hooks.slack.com/services/T0/B0/XYZ')).toBe('https://hooks.slack.com/*');
  expect(originPermissionFor('http://127.0.0.1:8787/hook')).toBe('http://127.0.0.1/*');
  expect(() => originPermissionFor('mailto:a@b.c')).toThrow(/no host permission/);
});
