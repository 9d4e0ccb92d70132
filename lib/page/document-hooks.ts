import { browser } from 'wxt/browser';
import { resolveLocale, setLocale } from '../i18n';
import type { Settings } from '../settings/schema';
import type { Platform } from '../types';
import { effectiveSensitivity } from './verdicts';

/**
 * Applies the interface language and sets the document-level page hooks (data-vigie on <html>,
 * with the sensitivity in force: the setting, raised one step in crisis mode, which is what the
 * verdicts on the page use; data-vigie-crisis-mode while crisis mode is on) used by integration
 * tests and the moderator's own tooling.
 */
export function applyPageSettings(platform: Platform, s: Settings): void {
  setLocale(resolveLocale(s.locale, browser.i18n.getUILanguage()));
  const root = document.documentElement;
  root.dataset.vigie = platform;
  root.dataset.vigieSensitivity = effectiveSensitivity(s);
  if (s.crisisMode) root.dataset.vigieCrisisMode = 'true';
  else delete root.dataset.vigieCrisisMode;
}
