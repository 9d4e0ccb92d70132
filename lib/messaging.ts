/**
 * The one typed way to send and the one typed way to handle the messages of lib/messages.ts.
 * A receiver checks, in this order: a known message name, a sender allowed for that name's
 * direction, a payload that parses. Anything else is dropped with a logged reason and an error reply.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  isMessageName,
  MESSAGES,
  MessageError,
  type MessageName,
  type Reply,
  type Request,
  type RequestWire,
  type Response,
  type ResponseWire,
} from './messages';

export type Sender = Browser.runtime.MessageSender;
export type ReceivingContext = 'background' | 'content';

/** Hosts whose pages run Vigie's content scripts (must agree with wxt.config.ts). */
export const CONTENT_HOSTS = new Set([
  'x.com',
  'twitter.com',
  'mobile.twitter.com',
  'www.facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'www.instagram.com',
]);

export interface SenderPolicyEnv {
  /** This extension's id. */
  extensionId: string;
  /** This extension's origin, e.g. chrome-extension://abc/ . */
  extensionOrigin: string;
}

/** Why a sender may not send this message, or null when it may. */
export function senderProblem(name: MessageName, sender: Sender, env: SenderPolicyEnv): string | null {
  if (sender.id !== env.extensionId) return `sender id ${String(sender.id)} is not this extension`;
  const direction = name.slice(0, name.indexOf(':'));
  const url = sender.url ?? '';
  if (direction === 'cs') {
    if (!sender.tab || typeof sender.tab.id !== 'number') return 'content-script message without a tab';
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== 'https:') return `content-script message from a non-https page ${u.origin}`;
      host = u.hostname;
    } catch {
      return 'content-script message without a page URL';
    }
    if (!CONTENT_HOSTS.has(host)) return `content-script message from unexpected host ${host}`;
    return null;
  }
  if (direction === 'ui') {
    if (!url.startsWith(env.extensionOrigin)) return `extension-page message from ${url || 'an unknown page'}`;
    return null;
  }
  if (direction === 'bg') {
    // The background (and extension pages) send without a tab; a page's content script has one.
    if (sender.tab) return 'background message sent from a tab';
    return null;
  }
  return `unknown direction ${direction}`;
}

const ACCEPTS: Record<ReceivingContext, ReadonlySet<string>> = {
  background: new Set(['cs', 'ui']),
  content: new Set(['bg']),
};

export type Handlers = {
  [K in MessageName]?: (payload: Request<K>, sender: Sender) => Promise<ResponseWire<K>> | ResponseWire<K>;
};

export interface RouterOptions {
  context: ReceivingContext;
  env?: SenderPolicyEnv;
  log?: (reason: string, message: unknown) => void;
}

function defaultEnv(): SenderPolicyEnv {
  return { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
}

/**
 * Builds a runtime.onMessage listener. It answers with a Reply envelope; a message for another
 * context is left alone (undefined) so that its real receiver can answer.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions) {
  const log = opts.log ?? ((reason, message) => console.warn(`[vigie] message dropped: ${reason}`, message));
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    const env = opts.env ?? defaultEnv();
    const name = (message as { type?: unknown } | null)?.type;
    if (!isMessageName(name)) {
      log(`unknown message type ${JSON.stringify(name)}`, message);
      return Promise.resolve({ ok: false, error: 'unknown message type' });
    }
    const direction = name.slice(0, name.indexOf(':'));
    if (!ACCEPTS[opts.context].has(direction)) return undefined;
    const problem = senderProblem(name, sender, env);
    if (problem) {
      log(`${name}: ${problem}`, message);
      return Promise.resolve({ ok: false, error: `rejected sender: ${problem}` });
    }
    const parsed = MESSAGES[name].request.safeParse((message as { payload?: unknown }).payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = `${name}: malformed payload at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
      log(reason, message);
      return Promise.resolve({ ok: false, error: reason });
    }
    const handler = handlers[name] as ((p: unknown, s: Sender) => unknown) | undefined;
    if (!handler) {
      log(`${name}: no handler in the ${opts.context}`, message);
      return Promise.resolve({ ok: false, error: `no handler for ${name}` });
    }
    return (async () => {
      try {
        const data = await handler(parsed.data, sender);
        return { ok: true as const, data };
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        log(`${name}: handler failed: ${msg}`, message);
        return { ok: false as const, error: msg };
      }
    })();
  };
}

function unwrap<K extends MessageName>(name: K, reply: unknown): Response<K> {
  if (!reply || typeof reply !== 'object') throw new MessageError(`${name}: no answer`);
  const r = reply as Reply<unknown>;
  if (!r.ok) throw new MessageError(`${name}: ${r.error}`);
  const parsed = MESSAGES[name].response.safeParse(r.data);
  if (!parsed.success) throw new MessageError(`${name}: malformed answer: ${parsed.error.issues[0]?.message}`);
  return parsed.data as Response<K>;
}

function checkRequest<K extends MessageName>(name: K, payload: RequestWire<K>): void {
  const parsed = MESSAGES[name].request.safeParse(payload);
  if (!parsed.success) throw new MessageError(`${name}: invalid request: ${parsed.error.issues[0]?.message}`);
}

/**
 * From a content script or an extension page to the background. The request is typed here and
 * parsed by the receiver (not twice: a page summary of thousands of comments would cost the page a
 * long task); the answer is parsed here.
 */
export async function send<K extends MessageName>(name: K, payload: RequestWire<K>): Promise<Response<K>> {
  return unwrap(name, await browser.runtime.sendMessage({ type: name, payload }));
}

/** From the background to a tab's content script. */
export async function sendToTab<K extends MessageName>(tabId: number, name: K, payload: RequestWire<K>): Promise<Response<K>> {
  checkRequest(name, payload);
  return unwrap(name, await browser.tabs.sendMessage(tabId, { type: name, payload }));
}
