/** The page scanner: reports each comment once, again only when it changed, and never by DOM node. */
import { createXAdapter } from '../../lib/platforms/x';
import type { FoundComment } from '../../lib/platforms/types';
import { createScanner, type ScanReason } from '../../lib/scanner/index';
import { ATTR_ID, ATTR_VERDICT, markVerdict } from '../../lib/scanner/marks';
import { appendReplies, generateXStatusPage, renderReplyArticle, X_FIXTURE_HELPERS_JS } from '../../scripts/lib/generate-x-page';

interface Report {
  ids: string[];
  reason: ScanReason;
}

function setup(replies: number, sliceSize?: number, budgetMs?: number) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://x.com/cacaoandco/status/1858000000000000001');
  const parsed = new DOMParser().parseFromString(generateXStatusPage({ replies, seed: 3 }), 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
  const reports: Report[] = [];
  const scanner = createScanner(document, {
    adapter: createXAdapter(),
    batchMs: 0,
    sliceSize,
    budgetMs,
    onComments: (batch: FoundComment[], reason) => reports.push({ ids: batch.map((f) => f.comment.id), reason }),
  });
  const reported = () => reports.flatMap((r) => r.ids);
  return { scanner, reports, reported };
}

const list = () => document.querySelector('[aria-label="Timeline: Conversation"] > div')!;

/** The e2e page helper, run in the test page: appends rows below the lowest one, like X. */
function appendWithPageHelper(html: string): void {
  new Function(X_FIXTURE_HELPERS_JS)();
  (window as unknown as { vigieFixture: { appendReplies(h: string): number } }).vigieFixture.appendReplies(html);
}

describe('scanner', () => {
  it('reports every comment of the page once at start, in slices no bigger than asked', async () => {
    const { scanner, reports, reported } = setup(25, 10);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(26));
    expect(reports.every((r) => r.reason === 'initial' && r.ids.length <= 10)).toBe(true);
    expect(new Set(reported()).size).toBe(26);
    expect(document.querySelectorAll(`[${ATTR_ID}]`)).toHaveLength(26);
    scanner.stop();
  });

  it('reports rows added by infinite scroll once, as a mutation', async () => {
    const { scanner, reports, reported } = setup(5);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(6));
    appendWithPageHelper(appendReplies({ count: 3, after: 5 }));
    await vi.waitFor(() => expect(reported()).toHaveLength(9));
    expect(reports.at(-1)?.reason).toBe('mutation');
    // Unrelated DOM churn does not report anything again.
    list().append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 30));
    expect(reported()).toHaveLength(9);
    expect(scanner.known().size).toBe(9);
    scanner.stop();
  });

  it('reports a recycled row under its new id, forgets the old id there and clears the stale verdict', async () => {
    const { scanner, reported } = setup(5);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(6));
    const victim = [...scanner.known().values()][2];
    markVerdict(victim.element, victim.comment.id, 'hostile', ['hostile']);
    // X reuses the row: same article element... new content for another post.
    const newPost = { id: '1858000000000999999', handle: 'new_person', name: 'New', text: 'Fresh reply 🎉', postedAt: '2026-11-23T11:00:00.000Z' };
    const holder = victim.element.parentElement!;
    holder.innerHTML = renderReplyArticle(newPost);
    await vi.waitFor(() => expect(reported()).toContain(newPost.id));
    const fresh = scanner.known().get(newPost.id)!;
    expect(fresh.comment.text).toBe('Fresh reply 🎉');
    expect(fresh.element.getAttribute(ATTR_ID)).toBe(newPost.id);
    expect(scanner.known().has(victim.comment.id)).toBe(false);
    scanner.stop();
  });

  it('clears the stale verdict when the same element is reused for another post', async () => {
    const { scanner, reported } = setup(3);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(4));
    const victim = [...scanner.known().values()][1];
    markVerdict(victim.element, victim.comment.id, 'rumour', ['rumour']);
    // Recycle in place: keep the <article> node, change its status link and text.
    const link = victim.element.querySelector<HTMLAnchorElement>('a[href*="/status/"]')!;
    link.setAttribute('href', '/someone_else/status/1858000000000888888');
    victim.element.querySelector('[data-testid="tweetText"]')!.textContent = 'A different post';
    await vi.waitFor(() => expect(reported()).toContain('1858000000000888888'));
    expect(victim.element.getAttribute(ATTR_ID)).toBe('1858000000000888888');
    expect(victim.element.hasAttribute(ATTR_VERDICT)).toBe(false);
    expect(scanner.known().has(victim.comment.id)).toBe(false);
    scanner.stop();
  });

  it('reports a comment again when its text changed', async () => {
    const { scanner, reported } = setup(3);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(4));
    const target = [...scanner.known().values()][3];
    target.element.querySelector('[data-testid="tweetText"] span')!.textContent = 'Edited text';
    await vi.waitFor(() => expect(reported().filter((id) => id === target.comment.id)).toHaveLength(2));
    expect(scanner.known().get(target.comment.id)!.comment.text).toBe('Edited text');
    scanner.stop();
  });

  it('forgets everything and reports the new page on rescan after navigation', async () => {
    const { scanner, reports, reported } = setup(2);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(3));
    scanner.rescan();
    await vi.waitFor(() => expect(reports.filter((r) => r.reason === 'navigation').flatMap((r) => r.ids)).toHaveLength(3));
    expect(scanner.known().size).toBe(3);
    scanner.stop();
  });

  it('with no time budget, reads the page one row per task and still reports every comment once', async () => {
    const { scanner, reports, reported } = setup(12, 5, 0);
    const adapter = createXAdapter();
    const pulled: number[] = [];
    // Count the rows the scanner pulls per task: a yield between rows means one row per task.
    let task = 0;
    const tick = setInterval(() => (task += 1), 0);
    const walk = adapter.walkComments!.bind(adapter);
    adapter.walkComments = function* (root, records) {
      for (const found of walk(root, records)) {
        pulled.push(task);
        yield found;
      }
    };
    const paced = createScanner(document, { adapter, batchMs: 0, sliceSize: 5, budgetMs: 0, onComments: (batch) => reports.push({ ids: batch.map((f) => f.comment.id), reason: 'initial' }) });
    paced.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(13));
    clearInterval(tick);
    expect(new Set(reported()).size).toBe(13);
    expect(pulled).toHaveLength(13);
    expect(new Set(pulled).size).toBeGreaterThan(1);
    paced.stop();
    scanner.stop();
  });

  it('a row removed while the read is paused is not reported, and a rescan meanwhile wins', async () => {
    const { scanner, reports, reported } = setup(8, 50, 0);
    scanner.start();
    // The read pauses after every row (budget 0): remove a later row while it is paused.
    await Promise.resolve();
    const cells = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const last = cells.at(-1)!;
    const lastId = last.querySelector('a[href*="/status/"]')!.getAttribute('href')!.split('/').pop()!;
    last.remove();
    await vi.waitFor(() => expect(reported()).toHaveLength(8));
    expect(reported()).not.toContain(lastId);
    // A rescan while a read is paused: the old read gives up, the new one reports the page once.
    scanner.rescan();
    scanner.rescan();
    await vi.waitFor(() => expect(reports.filter((r) => r.reason === 'navigation').flatMap((r) => r.ids)).toHaveLength(8));
    await new Promise((r) => setTimeout(r, 30));
    expect(reports.filter((r) => r.reason === 'navigation').flatMap((r) => r.ids)).toHaveLength(8);
    scanner.stop();
  });

  it('does not look at the page again when only its own UI hosts were added or removed', async () => {
    const adapter = createXAdapter();
    let reads = 0;
    const walk = adapter.walkComments!.bind(adapter);
    adapter.walkComments = (root, records) => {
      reads += 1;
      return walk(root, records);
    };
    const seen: string[] = [];
    const scanner = createScanner(document, { adapter, batchMs: 0, onComments: (batch) => seen.push(...batch.map((f) => f.comment.id)) });
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://x.com/cacaoandco/status/1858000000000000001');
    document.body.innerHTML = new DOMParser().parseFromString(generateXStatusPage({ replies: 3, seed: 3 }), 'text/html').body.innerHTML;
    scanner.start();
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    const before = reads;
    // A badge host drawn into a comment, then removed: Vigie's own drawing.
    const host = document.createElement('div');
    host.setAttribute('data-vigie-ui', 'badge');
    document.querySelector('article')!.append(host);
    host.remove();
    await new Promise((r) => setTimeout(r, 30));
    expect(reads).toBe(before);
    // Anything else the page adds is looked at.
    list().append(document.createElement('div'));
    await vi.waitFor(() => expect(reads).toBe(before + 1));
    scanner.stop();
  });

  it('stops observing after stop()', async () => {
    const { scanner, reported } = setup(2);
    scanner.start();
    await vi.waitFor(() => expect(reported()).toHaveLength(3));
    scanner.stop();
    appendWithPageHelper(appendReplies({ count: 2, after: 2 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(reported()).toHaveLength(3);
  });
});
