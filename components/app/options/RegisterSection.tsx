import { useState } from 'preact/hooks';
import { appendAudit, applyClaimImport, claims, replies, type Claim } from '../../../lib/db';
import { registerToCsv, registerToJson } from '../../../lib/export';
import { t } from '../../../lib/i18n';
import type { Settings } from '../../../lib/settings/schema';
import { useObservable } from '../hooks';
import { datedFilename, downloadText, MIME } from './parts/download';
import { readPickedFile } from './parts/files';
import { safeWebUrl } from './parts/links';
import { RegisterEditor } from './RegisterEditor';

/** The rumour register: the claims the team knows, how to correct them, and who owns them. */
export function RegisterSection(_props: { settings: Settings }) {
  const list = useObservable(() => claims.watch());
  const library = useObservable(() => replies.watch()) ?? [];
  const [editing, setEditing] = useState<Claim | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  if (!list) return <p aria-busy="true">{t('lib.loading')}</p>;
  const sorted = [...list].sort((a, b) => Number(b.active) - Number(a.active) || a.statement.localeCompare(b.statement));
  const ids = new Set(list.map((c) => c.id));

  const importFile = async (input: HTMLInputElement) => {
    setError('');
    setStatus('');
    try {
      const file = await readPickedFile(input);
      if (!file) return;
      const { added, updated } = await applyClaimImport(file.text);
      await appendAudit({ kind: 'import', detail: `register from ${file.name}: ${added} added, ${updated} updated`.slice(0, 2_000) });
      setStatus(t('reg.imported', { added, updated }));
    } catch (e) {
      // The import is all-or-nothing: on any error the register is as it was.
      setError(t('reg.importFailed', { message: (e as Error).message }));
    } finally {
      input.value = '';
    }
  };

  return (
    <div class="register" data-testid="register">
      <h2>{t('reg.title')}</h2>
      <p class="help">{t('reg.help')}</p>
      <div class="toolbar">
        <button type="button" data-testid="register-new" onClick={() => setEditing('new')}>
          {t('reg.new')}
        </button>{' '}
        <button type="button" data-testid="register-export" onClick={() => downloadText(datedFilename('register', 'json'), registerToJson(sorted), MIME.json)}>
          {t('reg.export')}
        </button>{' '}
        <button type="button" data-testid="register-export-csv" onClick={() => downloadText(datedFilename('register', 'csv'), registerToCsv(sorted), MIME.csv)}>
          {t('reg.exportCsv')}
        </button>{' '}
        <label class="inline">
          {t('reg.import')}{' '}
          <input type="file" accept=".json,application/json" data-testid="register-import" onChange={(e) => importFile(e.currentTarget)} />
        </label>
      </div>
      {editing && (
        <RegisterEditor
          key={editing === 'new' ? 'new' : editing.id}
          claim={editing === 'new' ? null : editing}
          existingIds={ids}
          replies={library}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setStatus(t('reg.saved', { id: saved.id }));
          }}
        />
      )}
      <p class="status" role="status" data-testid="register-status">
        {status}
      </p>
      {error && (
        <p role="alert" class="error" data-testid="register-error">
          {error}
        </p>
      )}
      {sorted.length === 0 && <p>{t('reg.empty')}</p>}
      <ul class="claim-list" data-testid="register-list">
        {sorted.map((c) => (
          <li class={c.active ? '' : 'inactive'} data-testid={`claim-${c.id}`}>
            <div>
              <strong>{c.statement}</strong>{' '}
              <span class={`pill claim-${c.status}`}>{t(`reg.status.${c.status}`)}</span>{' '}
              <span class="help">
                {t(`reg.severity.${c.severity}`)} · {t(`lib.lang.${c.lang}`)}
                {c.owner ? ` · ${c.owner}` : ''} · {c.active ? t('reg.active') : t('reg.inactive')}
              </span>
            </div>
            {c.variants.length > 0 && <p class="help">{t('reg.variantsCount', { count: c.variants.length })}</p>}
            {c.correctionText && <p class="correction">{c.correctionText}</p>}
            {c.correctionLink && (
              <p>
                {safeWebUrl(c.correctionLink) ? (
                  <a href={safeWebUrl(c.correctionLink)!} target="_blank" rel="noopener noreferrer">
                    {c.correctionLink}
                  </a>
                ) : (
                  c.correctionLink
                )}
              </p>
            )}
            <div class="actions">
              <button type="button" data-testid="claim-edit" onClick={() => setEditing(c)}>
                {t('lib.action.edit')}
              </button>{' '}
              <button
                type="button"
                onClick={async () => {
                  try {
                    await claims.save({ ...c, active: !c.active, updatedAt: new Date().toISOString() });
                  } catch (e) {
                    setError((e as Error).message);
                  }
                }}
              >
                {c.active ? t('reg.deactivate') : t('reg.activate')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
