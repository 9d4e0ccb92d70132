import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HashMap, HashSet } from '../../lib/classify/hash-table';
import { hashString } from '../../lib/classify/hash';

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('HashSet (word hashes)', () => {
  it('answers as a Set does, for its keys and for any other hash', () => {
    fc.assert(
      fc.property(fc.array(int32, { maxLength: 300 }), fc.array(int32, { maxLength: 100 }), (keys, probes) => {
        const reference = new Set(keys);
        const table = new HashSet(keys);
        expect(table.size).toBe(reference.size);
        for (const h of [...keys, ...probes]) expect(table.has(h)).toBe(reference.has(h));
        expect([...table].sort((a, b) => a - b)).toEqual([...reference].sort((a, b) => a - b));
      }),
    );
  });

  it('holds 0 and negative hashes (an empty slot is not key 0)', () => {
    const table = new HashSet([0, -1, hashString('sale')]);
    expect(table.has(0)).toBe(true);
    expect(table.has(-1)).toBe(true);
    expect(table.has(hashString('sale'))).toBe(true);
    expect(table.has(hashString('salé'))).toBe(false);
    expect(new HashSet([]).has(0)).toBe(false);
  });
});

describe('HashMap (word hashes)', () => {
  it('answers as a Map does, the last value of a key written twice winning', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(int32, fc.integer()), { maxLength: 300 }), fc.array(int32, { maxLength: 100 }), (pairs, probes) => {
        const reference = new Map(pairs);
        const table = new HashMap(pairs);
        expect(table.size).toBe(reference.size);
        for (const h of [...reference.keys(), ...probes]) {
          expect(table.get(h, undefined)).toBe(reference.get(h));
          expect(table.has(h)).toBe(reference.has(h));
        }
      }),
    );
  });

  it('gives the default for a missing hash, whatever the values are', () => {
    const buckets = new HashMap([[hashString('you'), ['you are']]]);
    expect(buckets.get(hashString('you'), null)).toEqual(['you are']);
    expect(buckets.get(hashString('vous'), null)).toBeNull();
    expect(new HashMap([[7, 0]]).get(7, -1)).toBe(0);
  });
});
