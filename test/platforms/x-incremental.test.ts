/** The X adapter's incremental read gives the same comments as a full read, whatever X did to the rows. */
import { createXAdapter } from '../../lib/platforms/x';
import type { FoundComment } from '../../lib/platforms/types';
import { appendReplies, generateXStatusPage, renderReplyArticle, X_FIXTURE_HELPERS_JS } from '../../scripts/lib/generate-x-page';

type Fixture = { appendReplies(h: string): number; recycleRow(i: number, h: string): boolean; removeFirstRows(n: number): number };

function setup() {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://x.com/cacaoandco/status/1858000000000000001');
  const parsed = new DOMParser().parseFromString(generateXStatusPage({ replies: 30, seed: 5 }), 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
  new Function(X_FIXTURE_HELPERS_JS)();
  const fixture = (window as unknown as { vigieFixture: Fixture }).vigieFixture;
  const root = document.querySelector<HTMLElement>('[data-testid="primaryColumn"]')!;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const take = () => {
    records.push(...observer.takeRecords());
    return records.splice(0);
  };
  return { fixture, root, take };
}

const shape = (found: FoundComment[]) => found.map((f) => ({ ...f.comment, element: f.element }));

describe('X adapter, incremental read', () => {
  it('continues the thread over rows appended by infinite scroll', () => {
    const { fixture, root, take } = setup();
    const adapter = createXAdapter();
    adapter.findComments(root);
    fixture.appendReplies(appendReplies({ count: 5, after: 30 }));
    const changed = adapter.findChangedComments!(root, take());
    expect(changed).toHaveLength(36);
    expect(shape(changed)).toEqual(shape(createXAdapter().findComments(root)));
  });

  it('reads a recycled row again and re-links the row below it', () => {
    const { fixture, root, take } = setup();
    const adapter = createXAdapter();
    adapter.findComments(root);
    const post = { id: '1858000000000999999', handle: 'new_person', name: 'New', text: 'Fresh reply 🎉', postedAt: '2026-11-23T11:00:00.000Z' };
    fixture.recycleRow(4, renderReplyArticle(post));
    const changed = adapter.findChangedComments!(root, take());
    expect(changed.find((f) => f.comment.id === post.id)?.comment.text).toBe('Fresh reply 🎉');
    expect(shape(changed)).toEqual(shape(adapter.findComments(root)));
  });

  it('sees an edited text and rows dropped from the top', () => {
    const { fixture, root, take } = setup();
    const adapter = createXAdapter();
    const before = adapter.findComments(root);
    before[7].element.querySelector('[data-testid="tweetText"] span')!.textContent = 'Edited text';
    let changed = adapter.findChangedComments!(root, take());
    expect(changed[7].comment.text).toBe('Edited text');
    fixture.removeFirstRows(6);
    changed = adapter.findChangedComments!(root, take());
    expect(shape(changed)).toEqual(shape(adapter.findComments(root)));
    expect(changed.length).toBeLessThan(before.length);
  });
});

test('a reply quoting a post is balanced markup: the rows after it stay inside the conversation', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const html = renderReplyArticle(
    { id: '1858000000000000101', handle: 'fan', name: 'Fan', text: 'So true', postedAt: now.toISOString(), quote: { id: '1858000000000000102', handle: 'cacaoandco', name: 'Cacao & Co', text: 'Quel parfum ?', postedAt: now.toISOString() } },
    now,
  );
  // As in a timeline: the article inside its row, the next row beside it in the same list.
  const doc = new DOMParser().parseFromString(
    `<div id="list"><div data-testid="cellInnerDiv"><div><div>${html}</div></div></div><div data-testid="cellInnerDiv" id="next"></div></div>`,
    'text/html',
  );
  expect(doc.getElementById('next')?.parentElement?.id).toBe('list');
  expect(doc.querySelectorAll('#list > [data-testid="cellInnerDiv"]')).toHaveLength(2);
});
