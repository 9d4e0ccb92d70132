/** The demo's summary compares each scenario comment's flags with what it was written to be. */
import { agreementLine, agreementOf, type PageCounts } from '../../scripts/demo/summary';

const comments = [
  { key: 'insult', kind: 'hostile' as const },
  { key: 'threat', kind: 'hostile' as const },
  { key: 'recall', kind: 'rumour' as const },
  { key: 'both', kind: 'rumour' as const },
  { key: 'thanks', kind: 'ok' as const },
  { key: 'refund', kind: 'complaint' as const },
  { key: 'late', kind: 'ok' as const },
];
const ids = new Map(comments.map((c, i) => [c.key, String(100 + i)]));

describe('agreementOf', () => {
  it('counts what was flagged as written, what was missed, what was flagged besides and what never showed', () => {
    const flags = {
      '100': ['hostile'],
      '101': ['rumour'], // a threat read as a rumour only: missed as hostile
      '102': ['rumour'],
      '103': ['hostile', 'rumour'],
      '104': [],
      '105': ['hostile'], // a complaint flagged
      // 106 never arrived
    };
    expect(agreementOf(comments, ids, flags)).toEqual({
      hostile: { written: 2, flagged: 1 },
      rumour: { written: 2, flagged: 2 },
      missed: ['threat'],
      ordinary: 3,
      alsoFlagged: ['refund'],
      notSeen: ['late'],
    });
  });

  it('a comment whose key has no id on the page is not seen, whatever the page marked', () => {
    const a = agreementOf([{ key: 'ghost', kind: 'hostile' }], new Map(), { '1': ['hostile'] });
    expect(a).toEqual({ hostile: { written: 1, flagged: 0 }, rumour: { written: 0, flagged: 0 }, missed: [], ordinary: 0, alsoFlagged: [], notSeen: ['ghost'] });
  });
});

describe('agreementLine', () => {
  it('says the sensitivity and names the comments that disagree', () => {
    const page: PageCounts = {
      page: 'x',
      seen: 8,
      hostile: 3,
      rumour: 3,
      matched: 1,
      written: { hostile: 2, rumour: 2 },
      sensitivity: 'high',
      agreement: agreementOf(comments, ids, { '100': ['hostile'], '101': ['rumour'], '102': ['rumour'], '103': ['rumour'], '104': [], '105': ['hostile'], '106': [] }),
    };
    expect(agreementLine(page)).toBe(
      '    x at the high sensitivity: 1 of 2 comments written hostile flagged hostile, 2 of 2 rumours flagged as rumours; missed: threat; 1 of 3 ordinary comments or complaints flagged too (refund)',
    );
  });
});
