import { useState } from 'preact/hooks';
import { claims, replies } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { REPLY_CATEGORIES, REPLY_LANGS, REPLY_STATUSES, type Reply } from '../../../lib/replies/schema';
import type { Settings } from '../../../lib/settings/schema';
import { PLATFORMS } from '../../../lib/types';
import { useObservable } from '../hooks';
import { LibraryEditor } from './LibraryEditor';
import { EMPTY_FILTER, filterReplies, type LibraryFilter } from './LibraryFilter';
import { LibraryItem } from './LibraryItem';
import { LibraryTransfer } from './LibraryTransfer';

/** The team's reply library: search, filters, writing, approval, import and export. */
export function LibrarySection({ settings }: { settings: Settings }) {
  const all = useObservable(() => replies.watch());
  const register = useObservable(() => claims.watch()) ?? [];
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [editing, setEditing] = useState<Reply | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const set = (patch: Partial<LibraryFilter>) => setFilter((f) => ({ ...f, ...patch }));

  if (!all) return <p aria-busy="true">{t('lib.loading')}</p>;
  const shown = filterReplies(all, filter);

  return (
    <div class="library" data-testid="library">
      <h2>{t('lib.title')}</h2>
      <div class="toolbar" role="search">
        <label class="inline">
          {t('lib.search')}{' '}
          <input type="search" data-testid="library-search" value={filter.query} onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
        <label class="inline">
          {t('lib.field.lang')}{' '}
          <select data-testid="library-filter-lang" value={filter.lang} onChange={(e) => set({ lang: e.currentTarget.value as LibraryFilter['lang'] })}>
            <option value="">{t('lib.filter.any')}</option>
            {REPLY_LANGS.map((l) => (
              <option value={l}>{t(`lib.lang.${l}`)}</option>
            ))}
          </select>
        </label>
        <label class="inline">
          {t('lib.field.category')}{' '}
          <select
            data-testid="library-filter-category"
            value={filter.category}
            onChange={(e) => set({ category: e.currentTarget.value as LibraryFilter['category'] })}
          >
            <option value="">{t('lib.filter.any')}</option>
            {REPLY_CATEGORIES.map((c) => (
              <option value={c}>{t(`lib.category.${c}`)}</option>
            ))}
          </select>
        </label>
        <label class="inline">
          {t('lib.field.status')}{' '}
          <select data-testid="library-filter-status" value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as LibraryFilter['status'] })}>
            <option value="">{t('lib.filter.any')}</option>
            {REPLY_STATUSES.map((s) => (
              <option value={s}>{t(`lib.status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label class="inline">
          {t('lib.field.platform')}{' '}
          <select
            data-testid="library-filter-platform"
            value={filter.platform}
            onChange={(e) => set({ platform: e.currentTarget.value as LibraryFilter['platform'] })}
          >
            <option value="">{t('lib.filter.any')}</option>
            {PLATFORMS.map((p) => (
              <option value={p}>{t(`common.platform.${p}`)}</option>
            ))}
          </select>
        </label>{' '}
        <button type="button" data-testid="library-new" onClick={() => setEditing('new')}>
          {t('lib.new')}
        </button>
      </div>
      {editing && (
        <LibraryEditor
          key={editing === 'new' ? 'new' : editing.id}
          reply={editing === 'new' ? null : editing}
          claims={register}
          settings={settings}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setStatus(t('lib.done.saved', { title: saved.title, version: saved.version }));
          }}
        />
      )}
      <p class="status" role="status" data-testid="library-status">
        {status}
      </p>
      <p class="help" data-testid="library-count">
        {t('lib.count', { shown: shown.length, total: all.length })}
      </p>
      <LibraryTransfer existing={all} onStatus={setStatus} />
      <ul class="reply-list" data-testid="library-list">
        {shown.map((r) => (
          <LibraryItem key={r.id} reply={r} settings={settings} onEdit={setEditing} onStatus={setStatus} />
        ))}
      </ul>
    </div>
  );
}
