// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { bestClaim, compileRegister, matchClaims, MATCH_THRESHOLDS, type ClaimInput } from '../../lib/classify/match';
import { words } from '../../lib/classify/match/fold';

const dir = path.resolve(import.meta.dirname, '../fixtures/match');
const register: ClaimInput[] = JSON.parse(readFileSync(path.join(dir, 'register.json'), 'utf8'));
const compiled = compileRegister(register);
const rows = (file: string) =>
  readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; lang: string; claim: string | null });

const best = (text: string) => bestClaim(text, compiled)?.claimId ?? null;

describe('a comment that repeats a register claim is matched to it', () => {
  test('paraphrased, in English and in French', () => {
    expect(best('palm oil in the new Cacao&Co bars?? never buying again')).toBe('cc-palm-oil');
    expect(best("Y a de l'huile de palme dans les tablettes Cacao & Co maintenant ?")).toBe('cc-palm-oil');
  });

  test('with typos, leetspeak, accents dropped and words in another order', () => {
    expect(best("Il paraît que vos tablettes contiennent de l'huile de plame")).toBe('cc-palm-oil');
    expect(best('p4lm 0il in cacao & co chocolate bars, share this')).toBe('cc-palm-oil');
    expect(best('la fermeture de l usine cacao & co a lyon c est confirme ? 300 licenciements')).toBe('cc-factory-closing');
    expect(best('rappel produit cacao & co barres noisettes verre')).toBe('cc-glass-recall');
  });

  test('across languages when the claim gives a variant in the other language', () => {
    // cc-factory-closing is written in French with an English variant.
    expect(best('Cacao & Co closing the Lyon plant, 300 workers laid off, is this real')).toBe('cc-factory-closing');
    // brisa-benzene is written in English with a French variant.
    expect(best("Du benzène dans l'eau gazeuse Brisa, c'est cancérigène")).toBe('brisa-benzene');
  });

  test('hidden characters and look-alike letters do not hide a claim', () => {
    expect(best('NovaMobile sells our loca\u200Btion data to advertіsers')).toBe('novamobile-data-sold'); // Cyrillic і
  });
});

describe('near-misses are not matched', () => {
  test('the brand or product name alone', () => {
    expect(best('Cacao & Co')).toBeNull();
    expect(best('I love Cacao & Co dark chocolate bars')).toBeNull();
    expect(best('NovaMobile Brisa Cacao & Co')).toBeNull();
  });

  test('same topic words, a different statement', () => {
    expect(best('Does Cacao & Co use olive oil in the truffles? Just curious')).toBeNull();
    expect(best("J'ai visité l'usine Cacao & Co de Lyon, super accueil !")).toBeNull();
    expect(best('NovaMobile network outage again in Lille, third time this week')).toBeNull();
  });

  test('a retired (inactive) claim is never matched', () => {
    expect(best('Cacao & Co is closing all its shops in Belgium')).toBeNull();
    const only = compileRegister([{ id: 'gone', lang: 'en', statement: 'Brisa is just bottled tap water', active: false }]);
    expect(only.size).toBe(0);
    expect(bestClaim('Brisa is just bottled tap water', only)).toBeNull();
  });
});

test('a match says which words matched and where they are in the text as written', () => {
  const text = 'Heard they switched to PALM OIL in the chocolate bars';
  const [m] = matchClaims(text, compiled);
  expect(m.claimId).toBe('cc-palm-oil');
  expect(m.matched).toEqual(expect.arrayContaining(['PALM', 'OIL', 'bars']));
  for (const s of m.spans) expect(m.matched).toContain(text.slice(s.start, s.end));
});

test('two claims sharing words: the one the comment is about wins', () => {
  expect(best("Don't leave your Brisa bottle in the sun, microplastics leak into the water")).toBe('brisa-plastic-bottles');
  expect(best('LOL Brisa is literally tap water in a bottle')).toBe('brisa-tap-water');
});

test('a higher sensitivity matches at least what a lower one does', () => {
  for (const r of rows('dev.jsonl')) {
    const low = bestClaim(r.text, compiled, 'low');
    const balanced = bestClaim(r.text, compiled, 'balanced');
    const high = bestClaim(r.text, compiled, 'high');
    if (low) expect(balanced?.claimId).toBe(low.claimId);
    if (balanced) expect(high?.claimId).toBe(balanced.claimId);
  }
  expect(MATCH_THRESHOLDS.low).toBeGreaterThan(MATCH_THRESHOLDS.balanced);
});

test('the dev table: few false matches, most claims found', () => {
  const data = rows('dev.jsonl');
  let made = 0, correct = 0, withClaim = 0, nullRows = 0, falseMatches = 0;
  for (const r of data) {
    const p = best(r.text);
    if (p) made++;
    if (p && p === r.claim) correct++;
    if (r.claim) withClaim++;
    else { nullRows++; if (p) falseMatches++; }
  }
  expect(correct / made).toBeGreaterThanOrEqual(0.9);
  expect(correct / withClaim).toBeGreaterThanOrEqual(0.85);
  expect(falseMatches / nullRows).toBeLessThanOrEqual(0.1);
});

test('bad input gets a clear error', () => {
  expect(() => compileRegister([{ id: 'a', lang: 'en', statement: 'x y z' }, { id: 'a', lang: 'en', statement: 'u v w' }])).toThrow(/"a" is used twice/);
  expect(() => compileRegister([{ id: 'b', lang: 'en', statement: '  ' }])).toThrow(/no statement/);
  expect(() => matchClaims('text', compiled, { threshold: 2 })).toThrow(/between 0 and 1/);
  expect(matchClaims('', compiled)).toEqual([]);
  expect(bestClaim('anything at all', compileRegister([]))).toBeNull();
});

test('words are split at the offsets written, mentions and trailing marks trimmed, and folded', () => {
  // Mentions, "!!!", pipes, letters beyond the BMP, a curly apostrophe, a zero-width space, accents,
  // a letter run, digits, emoji and a lone surrogate: the word scanner's edge cases.
  const text = '@marie P4LM 0il!!! |x| \u{1D400}\u{1D401}c l\u2019huile plas\u200btique ÉNORME oiiiil 5g covid19 \u{1F600}abc ab\u{1F600} \ud800lone';
  const got = words(text).map((w) => [w.surface, w.start, w.end, w.folded]);
  expect(got).toEqual([
    ['marie', 1, 6, 'marie'], ['P4LM', 7, 11, 'palm'], ['0il', 12, 15, '0il'], ['x', 20, 21, 'x'],
    ['\u{1D400}\u{1D401}c', 23, 28, 'abc'], ['l', 29, 30, 'l'], ['huile', 31, 36, 'huile'], ['plas\u200btique', 37, 47, 'plastique'],
    ['ÉNORME', 48, 54, 'enorme'], ['oiiiil', 55, 61, 'oil'], ['5g', 62, 64, '5g'], ['covid19', 65, 72, 'covidi9'],
    ['abc', 75, 78, 'abc'], ['ab', 79, 81, 'ab'], ['lone', 85, 89, 'lone'],
  ]);
  for (const [surface, start, end] of got) expect(text.slice(start as number, end as number)).toBe(surface);
});

test('results do not change when the word cache fills up and starts over', () => {
  const fresh = compileRegister(register);
  const texts = rows('dev.jsonl').map((r) => r.text);
  const before = texts.map((t) => matchClaims(t, fresh, { threshold: MATCH_THRESHOLDS.high }));
  // More distinct words than the cache keeps (100,000), between the table's comments.
  let k = 0;
  for (let c = 0; c < 2100; c++) {
    let junk = '';
    for (let j = 0; j < 50; j++) junk += ` w${(k++).toString(36)}z`;
    expect(matchClaims(junk, fresh)).toEqual([]);
    const t = c % texts.length;
    expect(matchClaims(texts[t], fresh, { threshold: MATCH_THRESHOLDS.high })).toEqual(before[t]);
  }
  expect(texts.map((t) => matchClaims(t, fresh, { threshold: MATCH_THRESHOLDS.high }))).toEqual(before);
});
