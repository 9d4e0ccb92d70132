import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { PageSummary, SelectedComment } from '../../lib/messages';
import { send } from '../../lib/messaging';
import { platformOfUrl } from '../../lib/platforms/detect';
import type { Settings } from '../../lib/settings/schema';
import { useLocale } from './hooks';


interface TabInfo {
  id: number;
  url: string | undefined;
}

/** The tab the popup speaks of: the active tab, or ?tabId=N (used by the end-to-end tests). */
async function currentTab(): Promise<TabInfo | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: tab.id!, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

type ActionsComponent = (typeof import('./PopupActions'))['PopupActions'];

/**
 * The suggestions and escalation load after the summary: they bring the classifier's weights
 * (for the tone check) and the reply tools, which would otherwise delay the popup's first render.
 */
function LazyActions(props: { tabId: number; selected: SelectedComment }) {
  const [Actions, setActions] = useState<ActionsComponent | null>(null);
  useEffect(() => {
    void import('./PopupActions').then((m) => setActions(() => m.PopupActions));
  }, []);
  return Actions ? <Actions {...props} /> : <p aria-busy="true" />;
}

export function Popup() {
  const [settings, setSettings] = useState<Settings>();
  const [tab, setTab] = useState<TabInfo | null>();
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [selected, setSelected] = useState<SelectedComment | null>(null);
  const [error, setError] = useState<string | null>(null);
  useLocale(settings);

  useEffect(() => {
    // The two questions to the background go out together: the popup must open fast.
    (async () => {
      const tb = await currentTab();
      const [s, state] = await Promise.all([
        send('ui:get-settings', {}),
        tb && platformOfUrl(tb.url) ? send('ui:get-tab-state', { tabId: tb.id }) : Promise.resolve(null),
      ]);
      setSettings(s);
      setTab(tb);
      if (state) {
        setSummary(state.summary);
        setSelected(state.selected);
      }
    })().catch((e: Error) => setError(e.message));
  }, []);

  if (error) return <main class="popup"><p role="alert">{t('common.error', { message: error })}</p></main>;
  if (tab === undefined) return <main class="popup" aria-busy="true" />;
  const platform = platformOfUrl(tab?.url);
  const flags = summary?.flags.filter((f) => f.verdict !== 'ok' && !f.dismissed) ?? [];
  const hostile = flags.filter((f) => f.kinds.includes('hostile')).length;
  const rumour = flags.filter((f) => f.kinds.includes('rumour')).length;

  return (
    <main class="popup">
      <header>
        <h1>{t('common.appName')}</h1>
        {platform && <p data-testid="popup-platform">{t('popup.onPlatform', { platform: t(`common.platform.${platform}`) })}</p>}
      </header>
      {!platform && <p data-testid="popup-empty">{t('popup.notSupported')}</p>}
      {platform && !summary && <p data-testid="popup-empty">{t('popup.notScanned')}</p>}
      {platform && summary && (
        <section data-testid="popup-summary">
          <p>{t('popup.scanned', { count: summary.scanned })}</p>
          {flags.length === 0 ? (
            <p data-testid="popup-empty">{t('popup.empty')}</p>
          ) : (
            <ul class="counts">
              <li data-testid="popup-hostile">{t('popup.hostile', { count: hostile })}</li>
              <li data-testid="popup-rumour">{t('popup.rumour', { count: rumour })}</li>
            </ul>
          )}
        </section>
      )}
      {selected && (
        <section data-testid="popup-selected">
          <h2>{t('popup.selected')}</h2>
          {tab && <LazyActions tabId={tab.id} selected={selected} />}
        </section>
      )}
      <footer>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>{t('popup.openOptions')}</button>{' '}
        <a href={(browser.runtime.getURL as (p: string) => string)('/dashboard.html')} target="_blank" data-testid="popup-dashboard">{t('popup.dashboard')}</a>
      </footer>
    </main>
  );
}
