/** The <html> page hooks: the sensitivity the page's verdicts use, and crisis mode. */
import { fakeBrowser } from 'wxt/testing';
import { applyPageSettings } from '../../lib/page/document-hooks';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

describe('applyPageSettings', () => {
  // WXT's fake browser does not implement i18n.getUILanguage (the interface language's fallback).
  beforeEach(() => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB'));
  afterEach(() => {
    vi.restoreAllMocks();
    delete document.documentElement.dataset.vigie;
    delete document.documentElement.dataset.vigieSensitivity;
    delete document.documentElement.dataset.vigieCrisisMode;
  });

  it('names the platform and the sensitivity set when crisis mode is off', () => {
    applyPageSettings('x', { ...DEFAULT_SETTINGS, sensitivity: 'balanced', crisisMode: false });
    expect(document.documentElement.dataset.vigie).toBe('x');
    expect(document.documentElement.dataset.vigieSensitivity).toBe('balanced');
    expect(document.documentElement.hasAttribute('data-vigie-crisis-mode')).toBe(false);
  });

  it('in crisis mode, names the sensitivity in force (one step up) and says crisis mode is on; off again, both go back', () => {
    applyPageSettings('facebook', { ...DEFAULT_SETTINGS, sensitivity: 'low', crisisMode: true });
    expect(document.documentElement.dataset.vigieSensitivity).toBe('balanced');
    expect(document.documentElement.getAttribute('data-vigie-crisis-mode')).toBe('true');
    applyPageSettings('facebook', { ...DEFAULT_SETTINGS, sensitivity: 'balanced', crisisMode: true });
    expect(document.documentElement.dataset.vigieSensitivity).toBe('high');
    applyPageSettings('facebook', { ...DEFAULT_SETTINGS, sensitivity: 'balanced', crisisMode: false });
    expect(document.documentElement.dataset.vigieSensitivity).toBe('balanced');
    expect(document.documentElement.hasAttribute('data-vigie-crisis-mode')).toBe(false);
  });
});
