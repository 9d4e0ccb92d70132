import { describe, expect, it } from 'vitest';
import { elementSlot } from '../lib/element-slot';

describe('elementSlot', () => {
  it('keeps a value per element, apart from other slots and from the DOM', () => {
    const a = document.createElement('article');
    const b = document.createElement('div');
    const shown = elementSlot<string>('shown');
    const other = elementSlot<string>('shown');
    shown.set(a, '1');
    other.set(a, '2');
    expect(shown.get(a)).toBe('1');
    expect(other.get(a)).toBe('2');
    expect(shown.get(b)).toBeUndefined();
    // Not written into the DOM (the page sees wrappers of its own, not this script's properties).
    expect(a.attributes.length).toBe(0);
  });

  it('clear forgets every value at once, and new values are kept again', () => {
    const els = [document.createElement('div'), document.createElement('div')];
    const slot = elementSlot<number>('n');
    els.forEach((el, i) => slot.set(el, i));
    slot.clear();
    expect(els.map((el) => slot.get(el))).toEqual([undefined, undefined]);
    slot.set(els[1], 7);
    expect(slot.get(els[1])).toBe(7);
  });
});
