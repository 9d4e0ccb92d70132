import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { useLocale, useObservable } from '../hooks';
import { SECTIONS } from './sections';

function sectionFromHash(): string {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? id : SECTIONS[0].id;
}

export function Options() {
  const settings = useObservable(watchSettings);
  useLocale(settings);
  const [current, setCurrent] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = t('options.title');
  });
  if (!settings) return <main class="options" aria-busy="true" />;
  const section = SECTIONS.find((s) => s.id === current)!;
  const Section = section.component;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <nav class="tabs" aria-label={t('options.title')}>
        {SECTIONS.map((s) => (
          <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined} data-testid={`tab-${s.id}`}>
            {t(s.titleKey)}
          </a>
        ))}
      </nav>
      <section aria-label={t(section.titleKey)}>
        <Section settings={settings} />
      </section>
    </main>
  );
}
