import { readFileSync } from 'node:fs';
import path from 'node:path';
import page from '../../lib/i18n/messages/page';
import common from '../../lib/i18n/messages/common';
import { HEAT_LEVELS } from '../../components/page/HeatMarker';
import { RADAR_LEVELS } from '../../lib/radar/types';

const repoRoot = path.resolve(__dirname, '../..');
// The files whose strings live in lib/i18n/messages/page.ts (other components/page files may bring
// their own catalog).
const files = [
  'components/page/Badge.tsx',
  'components/page/HeatMarker.tsx',
  'components/page/PagePanel.tsx',
  'components/page/SuggestionCard.tsx',
  'components/shared/i18n.ts',
];

function sources(): Array<{ file: string; code: string }> {
  return files.map((file) => ({ file, code: readFileSync(path.join(repoRoot, file), 'utf8') }));
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const known = new Set([...Object.keys(page.en), ...Object.keys(common.en)]);

describe('page messages', () => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(page.fr).sort()).toEqual(Object.keys(page.en).sort());
  });

  it('namespaces every key under page.', () => {
    for (const k of Object.keys(page.en)) expect(k).toMatch(/^page\./);
  });

  it('has a non-empty message with the same parameters in both languages', () => {
    const en = page.en as Record<string, string>;
    const fr = page.fr as Record<string, string>;
    for (const k of Object.keys(en)) {
      expect(en[k].trim(), k).not.toBe('');
      expect(fr[k].trim(), k).not.toBe('');
      expect(placeholders(fr[k]), k).toEqual(placeholders(en[k]));
    }
  });

  it('has every key the components use literally', () => {
    const used = new Set<string>();
    for (const { code } of sources()) {
      for (const m of code.matchAll(/\bt\('((?:page|common)\.[\w.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => !known.has(k));
    expect(missing).toEqual([]);
  });

  it('has both forms of every counted message', () => {
    const counted = new Set<string>();
    for (const { code } of sources()) for (const m of code.matchAll(/\btn\('([\w.]+)'/g)) counted.add(m[1]);
    expect(counted.size).toBeGreaterThan(5);
    for (const k of counted) {
      expect(known.has(`${k}.one`), `${k}.one`).toBe(true);
      expect(known.has(`${k}.other`), `${k}.other`).toBe(true);
    }
  });

  it('has the keys the components build from a value', () => {
    for (const level of HEAT_LEVELS) expect(known.has(`page.heat.level.${level}`), level).toBe(true);
    for (const level of RADAR_LEVELS) expect(known.has(`common.level.${level}`), level).toBe(true);
    for (const s of ['low', 'medium', 'high']) expect(known.has(`common.severity.${s}`), s).toBe(true);
    for (const k of ['hostile', 'rumour']) expect(known.has(`common.verdict.${k}`), k).toBe(true);
  });
});
