// @vitest-environment node
import { expect, test } from 'vitest';
import { groupEmerging } from '../../lib/classify/emerging';

const items = [
  { id: '1', text: 'Cacao & Co is closing the Montreal shop next week', score: 0.6 },
  { id: '2', text: 'cacao&co closing their montreal shop next week?!', score: 0.7 },
  { id: '3', text: 'Heard the Montreal shop is closng next week', score: 0.5 },
  { id: '4', text: 'They put sawdust in the cookies now', score: 0.8 },
  { id: '5', text: 'sawdust in the cookies, they put it in now!!', score: 0.4 },
  { id: '6', text: 'Love the new cookies', score: 0.1 },
  { id: '7', text: 'Cacao & Co', score: 0.1 },
];

test('comments that say the same thing are grouped, biggest group first', () => {
  const groups = groupEmerging(items);
  expect(groups.map((g) => g.ids.sort())).toEqual([['1', '2', '3'], ['4', '5']]);
  expect(groups[0].size).toBe(3);
  expect(groups[0].key).toMatch(/^em:/);
});

test('the representative is one of the members and the key stays as the story grows', () => {
  const before = groupEmerging(items.slice(0, 3));
  const after = groupEmerging([...items, { id: '8', text: 'Montreal shop closing next week, sad', score: 0.3 }]);
  expect(items.slice(0, 3).map((i) => i.text)).toContain(before[0].representative);
  expect(after[0].ids).toContain('8');
  expect(after[0].key).toBe(before[0].key);
});

test('unrelated comments and lone comments make no group', () => {
  expect(groupEmerging([items[0], items[3], items[5]])).toEqual([]);
  expect(groupEmerging(items, { minSize: 1 }).some((g) => g.ids.includes('6'))).toBe(true);
});

test('options are checked', () => {
  expect(() => groupEmerging(items, { threshold: 0 })).toThrow(/threshold/);
  expect(() => groupEmerging(items, { minSize: 0 })).toThrow(/minSize/);
});
