import { describe, expect, it } from 'vitest';
import { normalise, detectLanguage } from '../../lib/classify/index';

describe('normalise defeats the usual obfuscation tricks', () => {
  it.each([
    ['spaced letters', 'quel c o n n a r d', 'connard'],
    ['dotted letters', 'what an i.d.i.o.t', 'idiot'],
    ['dashed letters', 'f-u-c-k this', 'fuck'],
    ['leetspeak', 'you 1d10t', 'idiot'],
    ['symbols for letters', 'sh!t and a$$hole', 'shit'],
    ['zero-width characters', 'st\u200bu\u200cp\u200did', 'stupid'],
    ['Cyrillic look-alikes', 'm\u043er\u043en', 'moron'],
    ['fullwidth letters', 'ＩＤＩＯＴ', 'idiot'],
    ['accents and case', 'CRÉTIN', 'cretin'],
    ['repeated letters', 'looooser', 'loser'],
    ['elongated French', 'meeerci pouuur tout', 'merci pour tout'],
    ['obscene emoji', '🖕 you', 'fuck'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input).text).toContain(expected);
  });

  it('reads a whole sentence of spaced letters word by word, to its last letter', () => {
    // Wider gaps between the words than between the letters; the last letter sits before a full stop.
    expect(normalise('T h e y   a r e   a l l   f r a u d s.').text).toBe('they are all frauds.');
    expect(normalise('I l s   s o n t   n u l s !').text).toBe('ils sont nuls !');
    expect(normalise('quel c o n n a r d.').text).toBe('quel connard.');
    // Two letters are no spaced word, with or without a full stop after them.
    expect(normalise('plan a b.').text).toBe('plan a b.');
  });

  it('reads "8" after a letter as "ate", pointing the three letters at the "8"', () => {
    const original = 'ppl who h8ers gonna h8';
    const { text, offsets } = normalise(original);
    expect(text).toBe('ppl who hateers gonna hate');
    const at = text.lastIndexOf('hate');
    expect(original.slice(offsets[at], offsets[at + 3] + 1)).toBe('h8');
    // A number first, other digits in the word, a capital before the "8" (a channel, a model): no "ate".
    expect(normalise('8h de route, A380, vu sur C8').text).toBe('8h de route, a380, vu sur c8');
  });

  it('keeps numbers that are quantities, not leetspeak', () => {
    const { text } = normalise('Delivered on the 2nd at 10am, 3 items');
    expect(text).toContain('2nd');
    expect(text).toContain('10am');
    expect(text).toContain('3 items');
  });

  it('maps every normalised character back to the original text', () => {
    const original = 'Tu es un C.O.N.N.A.R.D\u200b !!';
    const { text, offsets } = normalise(original);
    expect(offsets).toHaveLength(text.length);
    const at = text.indexOf('connard');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(original.slice(offsets[at], offsets[at + 6] + 1)).toBe('C.O.N.N.A.R.D');
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1]);
  });

  it('turns links and mentions into placeholders', () => {
    expect(normalise('@SomeBrand see https://example.com/x').text).toBe('@user see url');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The delivery was late again and nobody answers my emails', 'en'],
    ["Ma commande n'est toujours pas arrivée, c'est la troisième fois", 'fr'],
    ['Il paraît que le magasin ferme', 'fr'],
    ['I heard that the store is closing', 'en'],
    ['🙂🙂', 'other'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
