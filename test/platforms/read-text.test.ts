/**
 * Comment text as the reader sees it (lib/platforms/dom.ts, readText and tidyText): the tidying
 * skips the replaces a text does not need, and must give what the three replaces always gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText, tidyText } from '../../lib/platforms/dom';

/** What readText did before the replaces were skipped: the reference. */
function tidyAlways(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

describe('tidyText', () => {
  it.each([
    ['plain', 'plain'],
    ['  padded  ', 'padded'],
    ['no\u00a0break', 'no break'],
    ['line  \t\nnext', 'line\nnext'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a\u00a0\nb', 'a\nb'],
    ['\n\n', ''],
  ])('tidies %j as %j', (raw, tidy) => {
    expect(tidyText(raw)).toBe(tidy);
  });

  it('gives what the three replaces give, for any text of spaces, tabs, breaks and letters', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\u00a0', 'a', 'é', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')), (text) => tidyText(text) === tidyAlways(text)));
  });
});

describe('readText', () => {
  it('reads emoji images as their alt text and line breaks as newlines, tidied', () => {
    const el = document.createElement('div');
    el.innerHTML = '<span>Bonjour\u00a0à tous </span><br><br><br><br><span>merci </span><img alt="🙏" src="x.png">';
    expect(readText(el, undefined, false)).toBe('Bonjour à tous\n\nmerci 🙏');
  });
});

describe('readText without a walk', () => {
  // A comment with nothing the walk reads differently is read with textContent (dom.ts,
  // WALK_NEEDED). Passing a skip that skips nothing forces the walk: both must agree.
  const walked = (el: Element, blockNewlines: boolean) => readText(el, () => false, blockNewlines);
  const part = fc.constantFrom(
    'plain words ',
    'Noir\u00a0Intense',
    '\n',
    '<span>in a span</span>',
    '<a href="/x">@someone</a>',
    '<img alt="😀" src="e.png">',
    '<br>',
    '<div>a block</div>',
    '<p>para</p>',
    '<span aria-hidden="true">…</span>',
    '<script>ignored()</script>',
    '<!-- a comment -->',
  );

  it('reads what the walk reads, for any mix of text, inline, block and special elements', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.boolean(), (parts, blockNewlines) => {
        const el = document.createElement('div');
        el.innerHTML = parts.join('');
        return readText(el, undefined, blockNewlines) === walked(el, blockNewlines);
      }),
    );
  });

  it('still reads emoji, breaks and blocks through the walk', () => {
    const el = document.createElement('div');
    el.innerHTML = 'Merci<img alt="🙏" src="x.png"><div>second line</div>';
    expect(readText(el)).toBe('Merci🙏\nsecond line');
    expect(readText(el, undefined, false)).toBe('Merci🙏second line');
  });
});
