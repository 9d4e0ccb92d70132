import { browser } from 'wxt/browser';
import { resolveLocale, setLocale } from '../i18n';
import type { Settings } from '../settings/schema';
import type { Platform } from '../types';

/**
 * Applies the interface language and sets the document-level page hooks (data-vigie on <html>,
 * with the sensitivity in force) used by integration tests and the moderator's own tooling.
 */
export function applyPageSettings(platform: Platform, s: Settings): void {
  setLocale(resolveLocale(s.locale, browser.i18n.getUILanguage()));
  const root = document.documentElement;
  root.dataset.vigie = platform;
  root.dataset.vigieSensitivity = s.sensitivity;
}
