import { browser } from 'wxt/browser';
import { createRouter, type Handlers } from '../messaging';
import { FEATURES } from './features';

/** Merges the features' handlers (a name handled twice is a programming error) and starts them. */
export function startBackground(): void {
  const handlers: Record<string, unknown> = {};
  for (const f of FEATURES) {
    for (const [name, h] of Object.entries(f.handlers ?? {})) {
      if (name in handlers) throw new Error(`message ${name} handled by two features (second: ${f.name})`);
      handlers[name] = h;
    }
  }
  browser.runtime.onMessage.addListener(createRouter(handlers as Handlers, { context: 'background' }));
  for (const f of FEATURES) void Promise.resolve(f.start?.()).catch((e) => console.error(`[vigie] feature ${f.name} failed to start`, e));
}
