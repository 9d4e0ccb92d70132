/** Loads a saved or built page from test/fixtures into the happy-dom test document. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Platform } from '../../lib/types';
import type { ExpectedFile, ExpectedFixture } from './fixture-expectations';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function readFixture(platform: Platform, file: string): string {
  return readFileSync(path.join(FIXTURES_DIR, platform, file), 'utf8');
}

export function readExpected(platform: Platform): ExpectedFile {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, platform, 'expected.json'), 'utf8')) as ExpectedFile;
}

interface HappyDomWindow {
  happyDOM?: { setURL(url: string): void };
}

/** Puts the fixture in `document` (at its URL when it has one) and returns the scan root. */
export function loadFixture(platform: Platform, fixture: Pick<ExpectedFixture, 'file' | 'url' | 'wholePage'>): Document {
  const html = readFixture(platform, fixture.file);
  (window as unknown as HappyDomWindow).happyDOM?.setURL(fixture.url ?? 'about:blank');
  if (fixture.wholePage) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    // Fixture pages carry small <script>s that imitate the site for e2e; unit tests do not run them.
    parsed.querySelectorAll('script').forEach((s) => s.remove());
    document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
    document.head.innerHTML = parsed.head.innerHTML;
    document.body.innerHTML = parsed.body.innerHTML;
  } else {
    document.head.innerHTML = '';
    document.body.innerHTML = html;
  }
  return document;
}
