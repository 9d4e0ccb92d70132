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
