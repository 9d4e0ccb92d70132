import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(__dirname, '../../lib/classify/weights');

describe('shipped weights', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('weigh at most 1.5 MB in total', () => {
    const total = files.reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(total).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it('hold weights and provenance, never training text', () => {
    for (const f of files) {
      const model = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(model).sort()).toEqual(
        ['calibration', 'dense', 'denseNames', 'format', 'meta', 'scale', 'task', 'thresholds', 'weights', 'bits', ...(model.profanityCap !== undefined ? ['profanityCap'] : []),
          ...(model.wordScores !== undefined ? ['wordScores'] : []), ...(model.stage !== undefined ? ['stage'] : [])].sort(),
      );
      // Word scores are word hashes and int8 scores (base64), never the words themselves.
      if (model.wordScores !== undefined) expect(Object.keys(model.wordScores as object).sort()).toEqual(['keys', 'scale', 'values']);
      // Only the base64 weights may be a long string; any other long string would be text.
      const strings: string[] = [];
      const walk = (v: unknown) => {
        if (typeof v === 'string') strings.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk({ ...model, weights: '', wordScores: undefined });
      for (const s of strings) expect(s.length).toBeLessThan(40);
    }
  });

  it('have ordered thresholds', () => {
    for (const f of files) {
      const t = (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { thresholds: Record<string, number> }).thresholds;
      expect(t.high).toBeLessThan(t.balanced);
      expect(t.balanced).toBeLessThan(t.low);
    }
  });
});

describe('base64 decoding', () => {
  it('the native and the script decoders agree on every byte value and padding', async () => {
    const { decodeBase64, decodeBase64Script, encodeBase64 } = await import('../../lib/classify/base64');
    for (const n of [0, 1, 2, 3, 256, 1001]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const s = encodeBase64(bytes);
      expect(Array.from(decodeBase64(s))).toEqual(Array.from(bytes));
      expect(Array.from(decodeBase64Script(s))).toEqual(Array.from(bytes));
    }
  });
});
