/**
 * Escalation endpoints the team configures: a Slack or Teams incoming webhook, a generic JSON
 * webhook, or an e-mail address (delivered as a draft the moderator sends). Validation is strict:
 * escalated comments leave the browser through these URLs only.
 */
import { z } from 'zod';

export const ENDPOINT_KINDS = ['slack', 'teams', 'json', 'email'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

const Name = z.string().trim().min(1, 'give the endpoint a name').max(100);
const Id = z.string().min(1).max(100).optional();

export const EndpointConfigSchema = z.discriminatedUnion('kind', [
  z.object({ id: Id, kind: z.literal('slack'), name: Name, url: z.string().trim().max(2_000) }),
  z.object({ id: Id, kind: z.literal('teams'), name: Name, url: z.string().trim().max(2_000) }),
  z.object({ id: Id, kind: z.literal('json'), name: Name, url: z.string().trim().max(2_000) }),
  z.object({ id: Id, kind: z.literal('email'), name: Name, address: z.string().trim().max(320) }),
]);
export type EndpointConfig = z.infer<typeof EndpointConfigSchema>;
export type WebhookEndpoint = Exclude<EndpointConfig, { kind: 'email' }>;

export type EndpointCheck = { ok: true; endpoint: EndpointConfig } | { ok: false; error: string };

/** Hosts that accept Teams messages: Office 365 connectors, and Workflows / Power Automate flows. */
const TEAMS_HOST_SUFFIXES = ['.webhook.office.com', '.logic.azure.com', '.api.powerplatform.com', '.powerautomate.com'];
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain address check: one @, no spaces, a dotted domain. Deliberately not RFC 5322. */
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function checkUrl(raw: string, allowLoopback: boolean): { url: URL } | { error: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: `"${raw}" is not a valid URL` };
  }
  if (url.username || url.password) return { error: 'the URL must not contain a user name or password' };
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === 'https:') {
    if (loopback && !allowLoopback) return { error: 'a local address (localhost) is only allowed in development builds' };
    return { url };
  }
  if (url.protocol === 'http:' && loopback) {
    return allowLoopback ? { url } : { error: 'the URL must use HTTPS (http://localhost is only allowed in development builds)' };
  }
  return { error: `the URL must use HTTPS (got ${url.protocol.replace(':', '')})` };
}

/**
 * Checks an endpoint configuration. `allowLoopback` lets development builds post to
 * http://127.0.0.1 / localhost (a local test receiver); production passes false.
 */
export function validateEndpoint(cfg: unknown, opts: { allowLoopback: boolean }): EndpointCheck {
  const parsed = EndpointConfigSchema.safeParse(cfg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    return { ok: false, error: field ? `${field}: ${issue.message}` : issue.message };
  }
  const endpoint = parsed.data;
  if (endpoint.kind === 'email') {
    return EMAIL_RE.test(endpoint.address) ? { ok: true, endpoint } : { ok: false, error: `"${endpoint.address}" is not a valid e-mail address` };
  }
  const checked = checkUrl(endpoint.url, opts.allowLoopback);
  if ('error' in checked) return { ok: false, error: checked.error };
  const host = checked.url.hostname.toLowerCase();
  const local = LOOPBACK_HOSTS.has(host);
  if (endpoint.kind === 'slack' && !local) {
    if (host !== 'hooks.slack.com') return { ok: false, error: `a Slack incoming webhook URL starts with https://hooks.slack.com/ (got ${host})` };
    if (!checked.url.pathname.startsWith('/services/') && !checked.url.pathname.startsWith('/workflows/') && !checked.url.pathname.startsWith('/triggers/')) {
      return { ok: false, error: 'a Slack webhook URL looks like https://hooks.slack.com/services/…' };
    }
  }
  if (endpoint.kind === 'teams' && !local && !TEAMS_HOST_SUFFIXES.some((s) => host.endsWith(s))) {
    return { ok: false, error: `a Teams webhook URL must be on *.webhook.office.com, *.logic.azure.com or a Power Automate host (got ${host})` };
  }
  return { ok: true, endpoint: { ...endpoint, url: checked.url.href } };
}

/**
 * The host permission to request before posting to `url` (optional_host_permissions), e.g.
 * "https://hooks.slack.com/*". Match patterns carry no port: "http://127.0.0.1/*" covers them all.
 */
export function originPermissionFor(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`"${url}" is not a valid URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`no host permission for ${u.protocol} URLs`);
  return `${u.protocol}//${u.hostname}/*`;
}
