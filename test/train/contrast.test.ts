import { describe, expect, it } from 'vitest';
import { CONTRAST_SOURCE, contrastRows } from '../../scripts/train/contrast';

describe('contrast templates', () => {
  const rows = contrastRows(20240611);

  it('are the same for the same seed, and differ for another', () => {
    expect(contrastRows(20240611)).toEqual(rows);
    expect(contrastRows(7).map((r) => r.text)).not.toEqual(rows.map((r) => r.text));
  });

  it('fill every slot, keep each sentence once, and belong to their own source', () => {
    expect(rows.filter((r) => /[{}]/.test(r.text))).toEqual([]);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    expect(rows.every((r) => r.source === CONTRAST_SOURCE)).toBe(true);
  });

  it('pair neutral frames with hostile twins in both languages', () => {
    for (const lang of ['en', 'fr']) {
      const of = rows.filter((r) => r.lang === lang);
      const hostile = of.filter((r) => r.y === 1).length;
      expect(of.length).toBeGreaterThan(400);
      // Duplicates dropped after generation: the classes stay within a few percent of each other.
      expect(Math.abs(hostile / of.length - 0.5)).toBeLessThan(0.06);
    }
  });
});
