/**
 * The generated X pages (scripts/lib/generate-x-page.ts: the bench page, the e2e pages and the
 * Cacao & Co fixture) must nest like x.com: every row (cellInnerDiv) a child of the one list of
 * the "Timeline: Conversation" section, as on defuddle--general--x.com-article-2026-02-13.html.
 * Until 2026-11-24 the inline composer closed two <div>s too many, and the browser moved every
 * reply row out of the list into the section around it.
 */
import { describe, expect, it } from 'vitest';
import { generateRows, generateXStatusPage, renderFocusedArticle, renderInlineComposer, renderPromotedArticle, renderReplyArticle, renderRows } from '../../scripts/lib/generate-x-page';

const NOW = new Date('2026-11-23T12:00:00.000Z');

/** Opening minus closing tags of `tag` in a fragment: 0 when it closes what it opens. */
function balance(html: string, tag: string): number {
  const opens = html.match(new RegExp(`<${tag}\\b`, 'g'))?.length ?? 0;
  const closes = html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
  return opens - closes;
}

describe('generated X markup', () => {
  const post = { id: '1858000000000000099', handle: 'someone', name: 'Some One', text: 'Hello 😀 @cacaoandco', postedAt: NOW.toISOString() };
  const fragments: Record<string, string> = {
    focused: renderFocusedArticle(post, 3),
    composer: renderInlineComposer('vigie_moderator'),
    reply: renderReplyArticle(post, NOW),
    quote: renderReplyArticle({ ...post, quote: { id: '1', handle: 'q', name: 'Q', text: 'quoted', postedAt: NOW.toISOString() } }, NOW),
    promoted: renderPromotedArticle({ promoted: true, handle: 'brand', name: 'Brand', text: 'Buy now' }, '7'),
    rows: renderRows(generateRows({ replies: 40, seed: 2, now: NOW }), 1, NOW).join(''),
  };

  it.each(Object.keys(fragments))('%s closes every <div> and <article> it opens', (name) => {
    expect(balance(fragments[name], 'div')).toBe(0);
    expect(balance(fragments[name], 'article')).toBe(0);
  });

  it('puts every row of a status page in the conversation list', () => {
    const doc = new DOMParser().parseFromString(generateXStatusPage({ replies: 60, seed: 1 }), 'text/html');
    const cells = Array.from(doc.querySelectorAll('[data-testid="cellInnerDiv"]'));
    expect(cells.length).toBeGreaterThan(60);
    const list = doc.querySelector('[aria-label="Timeline: Conversation"] > div');
    expect(cells.every((cell) => cell.parentElement === list)).toBe(true);
  });
});
