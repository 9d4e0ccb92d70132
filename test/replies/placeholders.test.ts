import { describe, expect, it } from 'vitest';
import { fillPlaceholders, malformedPlaceholders, placeholdersIn, placeholderValueProblem } from '../../lib/replies/placeholders';

describe('placeholders', () => {
  it('lists each placeholder once, in the order it first appears', () => {
    expect(placeholdersIn('Hi {author}, {brand} here. {author}, see {correction_link} or ask for {order_number}.')).toEqual([
      'author',
      'brand',
      'correction_link',
      'order_number',
    ]);
  });

  it('ignores braces that are not placeholders', () => {
    expect(placeholdersIn('Prices {from 10 €} and {} and {{ }} stay as written')).toEqual([]);
  });

  it('fills every placeholder that has a value and reports the ones still missing', () => {
    const { text, missing } = fillPlaceholders('Hi {author}, {agent} from {brand}. Order {order_number}.', {
      author: 'Léa',
      brand: 'Acme',
      agent: '  ',
    });
    expect(text).toBe('Hi Léa, {agent} from Acme. Order {order_number}.');
    expect(missing).toEqual(['agent', 'order_number']);
  });

  it('inserts a value literally even when it contains braces (no second expansion)', () => {
    const { text, missing } = fillPlaceholders('{author} / {brand}', { author: '{brand}', brand: 'Acme' });
    expect(text).toBe('{brand} / Acme');
    expect(missing).toEqual([]);
  });

  it('does not treat inherited object keys as values', () => {
    expect(fillPlaceholders('{constructor}', {}).missing).toEqual(['constructor']);
  });

  it('spots mistyped placeholders such as {Brand} or { author }', () => {
    expect(malformedPlaceholders('Hello { author }, {Brand} and {brand} and {correction-link}')).toEqual([
      '{ author }',
      '{Brand}',
      '{correction-link}',
    ]);
  });

  it('requires the correction link to be a web address', () => {
    expect(placeholderValueProblem('correction_link', 'see our site')).toMatch(/web address/);
    expect(placeholderValueProblem('correction_link', 'javascript:alert(1)')).toMatch(/https/);
    expect(placeholderValueProblem('correction_link', 'https://example.com/facts')).toBeNull();
    expect(placeholderValueProblem('author', '   ')).toMatch(/needs a value/);
    expect(placeholderValueProblem('agent', 'Sam')).toBeNull();
  });
});
