/**
 * What both demo pages share, in the page's own world: the live arrivals (new comments appended on
 * a schedule, the way the platform adds them, so that Vigie's MutationObserver sees them) and the
 * registry of real editors, whose own state the demo reads back after an insertion.
 *
 * Runs in the browser (bundled by esbuild into the served page), not in Node.
 */

/** A comment that arrives live: markup made by the demo's page builder from the scenario JSON. */
export interface Arrival {
  key: string;
  /** Milliseconds after start(). */
  atMs: number;
  /** The row's markup (text escaped by the builder: it is the demo's own data). */
  html: string;
  /** Age of the comment when it appears: its timestamp is set from it at that moment. */
  minutesAgo: number;
  /** Facebook: the comment id it answers (null: top level). X appends at the bottom. */
  parentId?: string | null;
}

export interface DemoData {
  /** Start the arrivals as soon as the page loads (a window the person watches) or on start(). */
  autoStart: boolean;
  arrivals: Arrival[];
}

export interface ComposerEntry {
  /** 'inline', 'dialog', 'comment', 'reply:NAME'… */
  where: string;
  /** The editor framework's own text (Draft.js / Lexical state), not the DOM. */
  read(): string;
}

export interface DemoHooks {
  start(): void;
  arrived(): number;
  pending(): number;
  /** Every live composer with its editor-state text. */
  composers(): Array<{ where: string; text: string }>;
  /** Set by a send path (a post button, Enter in Facebook's box): Vigie must never send. */
  posted: boolean;
  errors: string[];
}

export function readData(): DemoData {
  const node = document.getElementById('vigie-demo-data');
  if (!node?.textContent) throw new Error('vigie demo: no #vigie-demo-data in the page');
  return JSON.parse(node.textContent) as DemoData;
}

export function fragmentOf(html: string): DocumentFragment {
  const template = document.createElement('template');
  // The demo's own markup, built from its JSON with every text escaped (not page input).
  template.innerHTML = html;
  return template.content;
}

export function installDemo(data: DemoData, append: (arrival: Arrival) => void): { register(entry: ComposerEntry): () => void; hooks: DemoHooks } {
  const composers = new Set<ComposerEntry>();
  let started = false;
  let arrived = 0;
  const hooks: DemoHooks = {
    start() {
      if (started) return;
      started = true;
      for (const a of data.arrivals) {
        setTimeout(() => {
          try {
            append(a);
          } catch (e) {
            hooks.errors.push(`arrival ${a.key}: ${(e as Error).message}`);
          }
          arrived += 1;
        }, a.atMs);
      }
    },
    arrived: () => arrived,
    pending: () => data.arrivals.length - arrived,
    composers: () => Array.from(composers, (c) => ({ where: c.where, text: c.read() })),
    posted: false,
    errors: [],
  };
  (window as unknown as { __demo: DemoHooks }).__demo = hooks;
  window.addEventListener('error', (event) => hooks.errors.push(String(event.message)));
  if (data.autoStart) hooks.start();
  return {
    hooks,
    register(entry) {
      composers.add(entry);
      return () => composers.delete(entry);
    },
  };
}

/** "5m", "2h", "3d": how both sites print a recent time in English. */
export function shortAgo(minutes: number): string {
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)}h`;
  return `${Math.round(minutes / (24 * 60))}d`;
}
