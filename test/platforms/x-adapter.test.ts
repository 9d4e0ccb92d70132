/** What a moderator relies on from the X adapter beyond the fixture table. */
import { createXAdapter, isPromoted, isSubmitEnabled } from '../../lib/platforms/x';
import { adapterForUrl } from '../../lib/platforms/index';
import { loadFixture, readExpected } from './load-fixture';

const cacao = readExpected('x').fixtures[0];

describe('X adapter: the author', () => {
  // The author is read from the post's /handle/status/ID link, not looked up in its User-Name
  // block (lib/platforms/x.ts, STATUS_TIME): on every fixture post the two agree.
  it.each(readExpected('x').fixtures.map((f) => [f.file, f] as const))('is the User-Name profile handle on every post of %s', (_file, fixture) => {
    const doc = loadFixture('x', fixture);
    const found = createXAdapter().findComments(doc.body);
    expect(found.length).toBeGreaterThan(0);
    for (const { element, comment } of found) {
      const profile = element.querySelector('[data-testid="User-Name"] a[href^="/"]');
      expect(profile?.getAttribute('href')?.split('/')[1], comment.id).toBe(comment.author);
    }
  });
});

describe('X adapter on the Cacao & Co status page', () => {
  it('scans the focused post as the thread root and drops the promoted post but keeps the video reply', () => {
    const doc = loadFixture('x', cacao);
    const adapter = createXAdapter();
    const found = adapter.findComments(adapter.findRoot(doc)!);
    expect(found[0].comment).toMatchObject({ id: '1858312345678901234', depth: 0, parentId: null, author: 'cacaoandco' });
    expect(found.some((f) => f.comment.author === 'snackcorp_ads')).toBe(false);
    const ads = Array.from(doc.querySelectorAll<HTMLElement>('article[data-testid="tweet"]')).filter(isPromoted);
    expect(ads).toHaveLength(1);
    const video = found.find((f) => f.comment.author === 'tom_h')!;
    expect(video.element.querySelector('[data-testid="placementTracking"]')).not.toBeNull();
    expect(isPromoted(video.element)).toBe(false);
  });

  it('reads emoji as their alt text and takes the outer post time, not the quoted one', () => {
    const doc = loadFixture('x', cacao);
    const found = createXAdapter().findComments(doc.body);
    const julien = found.find((f) => f.comment.author === 'julien_m')!;
    expect(julien.comment.text).toBe('Même question que l’an dernier 😅 la Noir Intense reste ma préférée');
    expect(julien.comment.postedAt).not.toBe('2025-11-21T10:00:00.000Z');
    expect(julien.element.querySelectorAll('time')).toHaveLength(2);
  });

  it('keeps the parent it learnt when the top of a chain scrolls out of the DOM', () => {
    const doc = loadFixture('x', cacao);
    const adapter = createXAdapter();
    const before = adapter.findComments(doc.body);
    const third = before.find((f) => f.comment.depth === 3)!; // lea_martin thanking the brand
    // X drops the rows above as they scroll far away: the focused post and the first two of the chain.
    const cells = Array.from(doc.querySelectorAll('[data-testid="cellInnerDiv"]'));
    const index = cells.findIndex((c) => c.contains(third.element));
    cells.slice(0, index).forEach((c) => c.remove());
    const after = adapter.findComments(doc.body);
    expect(after[0].comment).toMatchObject({ id: third.comment.id, parentId: third.comment.parentId, depth: 3 });
    // A fresh adapter (after navigation) cannot know it and falls back to the page's root post.
    const fresh = createXAdapter().findComments(doc.body);
    expect(fresh[0].comment).toMatchObject({ id: third.comment.id, parentId: '1858312345678901234', depth: 1 });
  });

  it('orders recycled rows by their position, not their place in the DOM', () => {
    const doc = loadFixture('x', cacao);
    const list = doc.querySelector('[aria-label="Timeline: Conversation"] > div')!;
    const cells = Array.from(list.children);
    list.prepend(cells[cells.length - 2]); // the last reply's row moved first in the DOM, same translateY
    const ids = createXAdapter().findComments(doc.body).map((f) => f.comment.id);
    expect(ids).toEqual(cacao.comments.map((c) => c.id));
  });

  it('finds every row when each is wrapped on its own, or the list holds other elements between rows', () => {
    // The adapter walks the first row's siblings (x.ts, cellsOf); a layout without sibling rows
    // must cost time, not comments.
    const ids = cacao.comments.map((c) => c.id);
    const wrapped = loadFixture('x', cacao);
    for (const cell of Array.from(wrapped.querySelectorAll('[data-testid="cellInnerDiv"]'))) {
      const wrapper = wrapped.createElement('div');
      cell.replaceWith(wrapper);
      wrapper.append(cell);
    }
    expect(createXAdapter().findComments(wrapped.body).map((f) => f.comment.id)).toEqual(ids);
    const mixed = loadFixture('x', cacao);
    for (const cell of Array.from(mixed.querySelectorAll('[data-testid="cellInnerDiv"]'))) cell.before(mixed.createElement('div'));
    expect(createXAdapter().findComments(mixed.body).map((f) => f.comment.id)).toEqual(ids);
  });

  it('returns the inline composer for the focused post and a dialog composer after clicking Reply on a reply', async () => {
    const doc = loadFixture('x', cacao);
    const adapter = createXAdapter();
    const found = adapter.findComments(doc.body);
    const inline = await adapter.openComposer(found[0].element);
    expect(inline?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(isSubmitEnabled(inline!)).toBe(false);

    const reply = found[5].element;
    const button = reply.querySelector<HTMLButtonElement>('button[data-testid="reply"]')!;
    button.addEventListener('click', () => {
      setTimeout(() => {
        const dialog = doc.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.innerHTML = '<div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div><button data-testid="tweetButton" type="button">Reply</button>';
        doc.body.append(dialog);
      }, 30);
    });
    const composer = await adapter.openComposer(reply);
    expect(composer?.closest('[role="dialog"]')).not.toBeNull();
    expect(isSubmitEnabled(composer!)).toBe(true);
  });

  it('gives up on the composer after a bounded wait when none appears', async () => {
    const doc = loadFixture('x', cacao);
    const adapter = createXAdapter();
    const reply = adapter.findComments(doc.body)[3].element;
    await expect(adapter.openComposer(reply)).resolves.toBeNull();
  });

  it('never takes a nested post\'s id for a post that shows no time of its own', () => {
    const post = (id: string, inner = '') =>
      `<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/h${id}">H</a>` +
      (id ? `<a href="/h${id}/status/${id}"><time datetime="2026-11-20T10:00:00.000Z">1h</time></a>` : '') +
      `</div><div data-testid="tweetText" lang="en">text ${id || 'outer'}</div>${inner}</article>`;
    document.body.innerHTML = `<main role="main">${post('', post('222'))}${post('333')}</main>`;
    const ids = createXAdapter().findComments(document.body).map((f) => f.comment.id);
    // The outer post has no status time: it is not read at all (its nested post is skipped as nested).
    expect(ids).not.toContain('');
    expect(ids).toEqual(['333']);
  });

  it('matches status pages only and is found by URL', () => {
    expect(adapterForUrl(new URL('https://x.com/cacaoandco/status/1858312345678901234'))?.platform).toBe('x');
    expect(adapterForUrl(new URL('https://twitter.com/cacaoandco/status/1'))?.platform).toBe('x');
    expect(adapterForUrl(new URL('https://x.com/home'))).toBeNull();
    expect(adapterForUrl(new URL('https://example.com/cacaoandco/status/1'))).toBeNull();
  });
});
