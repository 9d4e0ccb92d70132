import { describe, expect, it } from 'vitest';
import { placeholderFields, prepareInsertion } from '../../lib/replies/insert';

describe('preparing a reply for insertion', () => {
  it('lists the fields to ask for, known ones with their source', () => {
    expect(placeholderFields('Hi {author}, {brand}: {correction_link} — order {order_number}')).toEqual([
      { name: 'author', label: "The comment author's name", source: 'comment' },
      { name: 'brand', label: 'Your brand name', source: 'settings' },
      { name: 'correction_link', label: 'Link to the official correction', source: 'claim' },
      { name: 'order_number', label: 'order number', source: 'custom' },
    ]);
  });

  it('blocks until every placeholder is filled', () => {
    const p = prepareInsertion('Hi {author}, see {correction_link}', { author: 'Léa' }, 'x');
    expect(p.blocked).toBe('Fill in {correction_link} first.');
    expect(p.missing).toEqual(['correction_link']);
  });

  it('blocks a correction link that is not a web address', () => {
    const p = prepareInsertion('Facts: {correction_link}', { correction_link: 'our website' }, 'facebook');
    expect(p.blocked).toMatch(/must be a web address/);
  });

  it('blocks an over-length text and shows the count', () => {
    const p = prepareInsertion(`{author} ${'x'.repeat(275)}`, { author: 'Marie-Christine' }, 'x');
    expect(p.length).toEqual({ length: 291, limit: 280, over: true });
    expect(p.blocked).toBe('Too long for X: 291/280 characters.');
    expect(prepareInsertion(`{author} ${'x'.repeat(275)}`, { author: 'Marie-Christine' }, 'instagram').blocked).toBeNull();
  });

  it('lets a complete, fitting reply through with its final text', () => {
    const p = prepareInsertion('Merci {author} ! – {agent}', { author: 'Léa', agent: 'Sam' }, 'instagram');
    expect(p).toMatchObject({ text: 'Merci Léa ! – Sam', missing: [], blocked: null });
  });
});
