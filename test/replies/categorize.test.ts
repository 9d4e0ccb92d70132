import { describe, expect, it } from 'vitest';
import { categoriesFor, textCategories } from '../../lib/replies/categorize';

describe('comment categories', () => {
  it.each([
    ['I want a refund, the product is broken', ['complaint']],
    ['Je veux être remboursé, produit cassé', ['complaint']],
    ['Ma commande n’est toujours pas arrivée', ['complaint']],
    ['When do you open?', ['question']],
    ['Pourquoi ce prix', ['question']],
    ['Merci, super équipe', ['praise']],
    ['Love this ❤️', ['praise']],
    ['Thanks, but where is my refund?', ['complaint', 'question', 'praise']],
    ['nice weather today', []],
    ['Je vais savoir demain', []],
  ])('%s → %j', (text, expected) => {
    expect(textCategories(text)).toEqual(expected);
  });

  it('puts the verdict before the words, and the moderator’s choice before both', () => {
    expect(categoriesFor({ commentText: 'refund me, idiots', kinds: ['hostile'] })).toEqual(['hostile', 'complaint']);
    expect(categoriesFor({ commentText: 'is it true?', kinds: ['ok'], claimId: 'c1' })).toEqual(['rumour', 'question']);
    expect(categoriesFor({ commentText: 'lies!', kinds: ['hostile', 'rumour'] })).toEqual(['rumour', 'hostile']);
    expect(categoriesFor({ commentText: 'hello', kinds: ['ok'] })).toEqual(['other']);
    expect(categoriesFor({ commentText: 'refund', kinds: ['ok'], category: 'praise' })).toEqual(['praise', 'complaint']);
  });
});
