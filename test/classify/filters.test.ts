import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/classify/features';
import { hashString } from '../../lib/classify/hash';
import { HashSet } from '../../lib/classify/hash-table';
import { anyTokenIn, hashFilter } from '../../lib/classify/rules/filters';

describe('byte filters on word hashes', () => {
  const harms = new HashSet(['ruin', 'invade'].map(hashString));
  const lessons = new HashSet(['lesson'].map(hashString));
  const filter = hashFilter(harms, lessons);

  it('find a token of any of the sets', () => {
    analyse('They want to ruin the town');
    expect(anyTokenIn(filter, [harms, lessons])).toBe(true);
    analyse('Teach them a lesson');
    expect(anyTokenIn(filter, [harms, lessons])).toBe(true);
  });

  it('answer no when no token is in the sets, whatever shares a byte with them', () => {
    analyse('A quiet evening by the river');
    expect(anyTokenIn(filter, [harms, lessons])).toBe(false);
    // A filter hit is checked against the sets themselves: every word of the set passes the filter.
    for (const h of harms) expect(filter[h & 0xfff]).toBe(1);
    analyse('Teach them a lesson');
    expect(anyTokenIn(filter, [harms])).toBe(false);
  });
});
