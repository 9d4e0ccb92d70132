/**
 * The demo's escalation receiver: a small HTTP server on 127.0.0.1 that accepts what Vigie delivers
 * (a JSON packet, or Slack/Teams-style JSON), prints a short line for each, and counts deliveries.
 * Loopback only; the demo build is the only one allowed to deliver there.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Delivery {
  at: string;
  path: string;
  contentType: string;
  body: unknown;
}

export interface Receiver {
  url: string;
  deliveries: Delivery[];
  /** Resolves with the first delivery at or after index `after`, or null after `timeoutMs`. */
  waitForDelivery(after: number, timeoutMs: number): Promise<Delivery | null>;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** One line saying what arrived: the comment, its author and the claim when the packet has them. */
export function describeDelivery(body: unknown): string {
  if (!body || typeof body !== 'object') return String(body).slice(0, 160);
  const b = body as Record<string, any>;
  const comment = b.comment ?? b.escalation?.comment ?? b.packet?.comment;
  const parts: string[] = [];
  if (typeof b.severity === 'string') parts.push(`severity ${b.severity}`);
  if (comment && typeof comment === 'object') {
    if (typeof comment.author === 'string') parts.push(`by ${comment.author}`);
    if (typeof comment.text === 'string') parts.push(`"${comment.text.slice(0, 100)}"`);
  } else if (typeof b.text === 'string') {
    parts.push(`"${b.text.slice(0, 140)}"`);
  }
  const claim = b.verdict?.rumour?.match?.claimId ?? b.claim?.id ?? b.claimId;
  if (typeof claim === 'string') parts.push(`claim ${claim}`);
  return parts.length ? parts.join(', ') : JSON.stringify(body).slice(0, 160);
}

export function startReceiver(opts: { port: number; path: string; log?: (line: string) => void }): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const waiters = new Set<() => void>();
  const log = opts.log ?? ((line: string) => console.log(line));
  const server: Server = createServer(async (req, res) => {
    // The extension's service worker posts from chrome-extension://…: answer CORS preflights.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'POST' || !url.pathname.startsWith(opts.path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`POST JSON to ${opts.path}\n`);
      return;
    }
    try {
      const text = await readBody(req);
      const contentType = String(req.headers['content-type'] ?? '');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: kept as text.
      }
      const delivery: Delivery = { at: new Date().toISOString(), path: url.pathname, contentType, body };
      deliveries.push(delivery);
      log(`[receiver] escalation #${deliveries.length} received: ${describeDelivery(body)}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, received: deliveries.length }));
      for (const w of waiters) w();
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`${(e as Error).message}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${opts.port} on 127.0.0.1 is in use: is another demo running? Stop it and try again.`) : e),
    );
    server.listen(opts.port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${opts.port}${opts.path}`,
        deliveries,
        waitForDelivery(after, timeoutMs) {
          if (deliveries.length > after) return Promise.resolve(deliveries[after]);
          return new Promise((done) => {
            const check = () => {
              if (deliveries.length <= after) return;
              waiters.delete(check);
              clearTimeout(timer);
              done(deliveries[after]);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              done(null);
            }, timeoutMs);
            waiters.add(check);
          });
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
