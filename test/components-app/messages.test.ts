// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allCatalogs } from '../../lib/i18n/catalog';
import pages from '../../lib/i18n/messages/pages';

const repo = path.resolve(import.meta.dirname, '../..');
const OWN_PREFIXES = ['lib.', 'reg.', 'esc.', 'audit.', 'dash.'];

function sources(dir: string, match: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full, match);
    return match(full) ? [full] : [];
  });
}

const files = [
  ...sources(path.join(repo, 'components/app/options'), (f) => /\/(Library|Register|Escalation|Endpoint|Audit)[^/]*\.tsx?$|\/parts\//.test(f)),
  ...sources(path.join(repo, 'components/app/dashboard'), (f) => /\.tsx?$/.test(f)),
];

/** Every key the pages ask for: literal ones, and for template keys every key of the catalog with that prefix must exist in both languages. */
function usedKeys(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const f of files) {
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) literal.add(m[1]);
    for (const m of code.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\$\{/g)) prefixes.add(m[1]);
  }
  return { literal, prefixes };
}

describe('the data pages’ strings', () => {
  test('English and French have the same keys, all in the pages’ namespaces', () => {
    expect(Object.keys(pages.fr).sort()).toEqual(Object.keys(pages.en).sort());
    for (const key of Object.keys(pages.en)) expect(OWN_PREFIXES.some((p) => key.startsWith(p)), key).toBe(true);
  });

  test('every key the pages use exists in both languages', () => {
    const { literal, prefixes } = usedKeys();
    expect(literal.size).toBeGreaterThan(50);
    const en = new Set(allCatalogs().flatMap((c) => Object.keys(c.en)));
    const fr = new Set(allCatalogs().flatMap((c) => Object.keys(c.fr)));
    const missing = [...literal].filter((k) => !en.has(k) || !fr.has(k));
    expect(missing).toEqual([]);
    for (const prefix of prefixes) expect([...en].some((k) => k.startsWith(prefix)), `keys starting with ${prefix}`).toBe(true);
  });

  test('parameters are the same in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = pages.en as Record<string, string>;
    const fr = pages.fr as Record<string, string>;
    const differ = Object.keys(en).filter((k) => JSON.stringify(params(en[k])) !== JSON.stringify(params(fr[k] ?? '')));
    expect(differ).toEqual([]);
  });
});
