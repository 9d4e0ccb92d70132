import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeWordLists, DEFAULT_DICTS } from '../../scripts/lib/word-lists';
import { NEAR_WORDS } from '../../lib/classify/lexicons/near-words';
import { JOINED_WORDS } from '../../lib/classify/lexicons/joined-words';
import { DOUBLED_WORDS } from '../../lib/classify/lexicons/doubled-words';

// The real-word lists are generated from Debian's word lists (wamerican, wbritish, wfrench) by
// `npx tsx scripts/near-words.ts`. A change to the lexicons that forgets to run it leaves a real
// word misread: "méprise" was listed on 2026-11-24 and "méprisse" (a form of "se méprendre") was
// missing from the doubled words until the next run; the other tests only check that every listed
// word still collides, not that every colliding word is listed.
const missing = DEFAULT_DICTS.filter((f) => !existsSync(f));

describe('the real-word lists of the spelling tricks', () => {
  it('have their dictionaries on a CI machine (.ci/run installs wamerican, wbritish, wfrench)', () => {
    if (process.env.CI) expect(missing).toEqual([]);
  });

  it.skipIf(missing.length > 0)('are what scripts/near-words.ts makes of the lexicons today (run it after changing them)', () => {
    const lists = computeWordLists(DEFAULT_DICTS);
    expect(lists.near).toEqual([...NEAR_WORDS]);
    expect(lists.joined).toEqual([...JOINED_WORDS]);
    expect(lists.doubled).toEqual([...DOUBLED_WORDS]);
  }, 120_000);
});
