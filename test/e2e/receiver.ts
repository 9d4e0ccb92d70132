/** A local escalation receiver on 127.0.0.1 for the e2e tests: fails the first N attempts, counts deliveries. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  idempotencyKey: string | undefined;
  body: unknown;
}

export interface Receiver {
  url: string;
  /** Accepted deliveries (2xx answered). */
  delivered: Received[];
  /** Every request, accepted or not. */
  attempts: number;
  /** How many of the next requests get a 503. */
  failNext: number;
  close(): Promise<void>;
}

export async function startReceiver(opts: { failFirst?: number; port?: number } = {}): Promise<Receiver> {
  const state = { delivered: [] as Received[], attempts: 0, failNext: opts.failFirst ?? 0 };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c.length + raw.length > 5_000_000 ? '' : c));
    req.on('end', () => {
      state.attempts++;
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (req.method === 'OPTIONS') return void res.writeHead(204, { 'Access-Control-Allow-Headers': '*' }).end();
      if (state.failNext > 0) {
        state.failNext--;
        return void res.writeHead(503).end('try later');
      }
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text
      }
      const key = req.headers['idempotency-key'];
      const idempotencyKey = Array.isArray(key) ? key[0] : key;
      // A receiver that honours the idempotency key: the same packet twice counts once.
      if (!state.delivered.some((d) => d.idempotencyKey === idempotencyKey)) state.delivered.push({ idempotencyKey, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/vigie-hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as Receiver;
}
