import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/classify/features';
import { hashString } from '../../lib/classify/hash';
import { HashSet } from '../../lib/classify/hash-table';
import { gate, gateOpen, hashFilter } from '../../lib/classify/rules/filters';

describe('byte filters on word hashes', () => {
  it('let every word of their sets through', () => {
    const harms = new HashSet(['ruin', 'invade'].map(hashString));
    const filter = hashFilter(harms);
    for (const h of harms) expect(filter[h & 0xfff]).toBe(1);
  });
});

describe('gates: one pass over the tokens for every rule that needs a rare word', () => {
  const harms = new HashSet(['ruin', 'invade'].map(hashString));
  const lessons = new HashSet(['lesson'].map(hashString));
  const harmGate = gate(harms, lessons);
  const lessonGate = gate(lessons);

  it('open when a token is a word of the sets', () => {
    analyse('They want to ruin the town');
    expect(gateOpen(harmGate)).toBe(true);
    expect(gateOpen(lessonGate)).toBe(false);
    analyse('Teach them a lesson');
    expect(gateOpen(harmGate)).toBe(true);
    expect(gateOpen(lessonGate)).toBe(true);
  });

  it('stay shut when no token is, whatever shares a byte with them, and follow each new analysis', () => {
    analyse('A quiet evening by the river');
    expect(gateOpen(harmGate)).toBe(false);
    expect(gateOpen(lessonGate)).toBe(false);
    analyse('Teach them a lesson');
    expect(gateOpen(lessonGate)).toBe(true);
    analyse('A quiet evening by the river');
    expect(gateOpen(lessonGate)).toBe(false);
  });
});
