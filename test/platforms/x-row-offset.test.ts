/**
 * The X adapter orders recycled rows by the translateY in their style attribute
 * (lib/platforms/x.ts, translateYOf): the number, in px, or null when the row has none.
 */
import { describe, expect, it } from 'vitest';
import { translateYOf } from '../../lib/platforms/x';

function cell(style: string | null): Element {
  const el = document.createElement('div');
  if (style !== null) el.setAttribute('style', style);
  return el;
}

describe('translateYOf', () => {
  it.each([
    ['transform: translateY(1234px); position: absolute; width: 100%;', 1234],
    ['transform: translateY(0px);', 0],
    ['transform: translateY(-56.5px);', -56.5],
    ['position: absolute; transform: translateY(88.25px)', 88.25],
  ])('reads %j as %d', (style, y) => {
    expect(translateYOf(cell(style))).toBe(y);
  });

  it.each([
    [null],
    [''],
    ['position: absolute;'],
    ['transform: translateY(50%);'],
    ['transform: translateY(calc(10px + 2em));'],
    ['transform: translateY(px);'],
    ['transform: translateY(12px'],
  ])('gives null for %j', (style) => {
    expect(translateYOf(cell(style))).toBeNull();
  });
});
