/**
 * The compiled lexicon file the extension loads (lib/classify/lexicons/compiled.json) matches the
 * lists as written: a list edited without `npm run lexicons` fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLexiconSource, encodeLexiconFile } from '../../lib/classify/lexicon-source';
import { compileLexicons, entries } from '../../lib/classify/lexicon';

const shipped = JSON.parse(readFileSync(path.resolve(__dirname, '../../lib/classify/lexicons/compiled.json'), 'utf8'));

describe('compiled lexicons', () => {
  const source = compileLexiconSource();

  it('are up to date with the lists (run npm run lexicons after editing one)', () => {
    expect(source.length).toBeGreaterThan(1_000);
    expect(shipped).toEqual(encodeLexiconFile(source));
  });

  it('decode to the same entries as compiling the lists, in the same order', () => {
    compileLexicons();
    expect(entries).toHaveLength(source.length);
    entries.forEach((e, i) => {
      const want = source[i];
      expect({ cat: e.cat, lang: e.lang, strict: e.strict, id: e.id, phrase: e.phrase, weight: e.weight, hashes: [...e.hashes], sqHashes: [...e.sqHashes], index: e.index })
        .toEqual({ ...want, index: i });
    });
  });
});
