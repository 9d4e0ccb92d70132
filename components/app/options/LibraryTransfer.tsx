import { useState } from 'preact/hooks';
import { appendAudit, applyReplyImport } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import {
  exportCsv,
  exportJson,
  parseImportCsv,
  parseImportJson,
  type ConflictResolution,
  type ImportError,
  type ImportPlan,
} from '../../../lib/replies/io';
import type { Reply } from '../../../lib/replies/schema';
import { datedFilename, downloadText, MIME } from './parts/download';
import { looksLikeCsv, readPickedFile } from './parts/files';

const RESOLUTIONS: ConflictResolution[] = ['keep', 'replace', 'keep-both'];

export interface LibraryTransferProps {
  existing: readonly Reply[];
  onStatus(message: string): void;
}

/**
 * Import and export of the library. An import is previewed first (added, updated, unchanged,
 * conflicts); every conflict needs an explicit choice before Apply, and a bad file changes nothing.
 */
export function LibraryTransfer({ existing, onStatus }: LibraryTransferProps) {
  const [fileName, setFileName] = useState('');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [failure, setFailure] = useState('');
  const [choices, setChoices] = useState<Record<string, ConflictResolution>>({});

  const reset = () => {
    setPlan(null);
    setErrors([]);
    setFailure('');
    setChoices({});
  };

  const pick = async (input: HTMLInputElement) => {
    reset();
    try {
      const file = await readPickedFile(input);
      if (!file) return;
      setFileName(file.name);
      const result = looksLikeCsv(file.name, file.text) ? parseImportCsv(file.text, existing) : parseImportJson(file.text, existing);
      if (result.ok) setPlan(result.plan);
      else setErrors(result.errors);
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      input.value = '';
    }
  };

  const unresolved = plan ? plan.conflicts.filter((c) => !choices[c.id]).length : 0;
  const nothingToDo = plan ? plan.added.length + plan.updated.length + plan.conflicts.length === 0 : true;

  const apply = async () => {
    if (!plan) return;
    setFailure('');
    try {
      await applyReplyImport(plan, choices);
      const kept = Object.values(choices);
      await appendAudit({
        kind: 'import',
        detail: `replies from ${fileName}: ${plan.added.length} added, ${plan.updated.length} updated, ${plan.unchanged} unchanged, conflicts: ${kept.filter((c) => c === 'keep').length} kept, ${kept.filter((c) => c === 'replace').length} replaced, ${kept.filter((c) => c === 'keep-both').length} kept both`.slice(0, 2_000),
      });
      onStatus(t('lib.import.applied', { added: plan.added.length, updated: plan.updated.length, conflicts: plan.conflicts.length }));
      reset();
    } catch (e) {
      setFailure((e as Error).message);
    }
  };

  return (
    <fieldset class="transfer" data-testid="library-transfer">
      <legend>{t('lib.transfer')}</legend>
      <div class="toolbar">
        <button
          type="button"
          data-testid="library-export-json"
          onClick={() => downloadText(datedFilename('replies', 'json'), exportJson(existing), MIME.json)}
        >
          {t('lib.export.json')}
        </button>{' '}
        <button type="button" data-testid="library-export-csv" onClick={() => downloadText(datedFilename('replies', 'csv'), exportCsv(existing), MIME.csv)}>
          {t('lib.export.csv')}
        </button>{' '}
        <label class="inline">
          {t('lib.import.pick')}{' '}
          <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="library-import-file" onChange={(e) => pick(e.currentTarget)} />
        </label>
      </div>
      {errors.length > 0 && (
        <div role="alert" class="error" data-testid="library-import-errors">
          <p>{t('lib.import.invalid', { file: fileName })}</p>
          <ul>
            {errors.map((e) => (
              <li>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p role="alert" class="error" data-testid="library-import-failure">
          {t('common.error', { message: failure })}
        </p>
      )}
      {plan && (
        <div class="import-preview" data-testid="library-import-preview">
          <h4>{t('lib.import.preview', { file: fileName })}</h4>
          <ul class="counts" data-testid="library-import-counts">
            <li data-testid="import-count-added">{t('lib.import.added', { count: plan.added.length })}</li>
            <li data-testid="import-count-updated">{t('lib.import.updated', { count: plan.updated.length })}</li>
            <li data-testid="import-count-unchanged">{t('lib.import.unchanged', { count: plan.unchanged })}</li>
            <li data-testid="import-count-conflicts">{t('lib.import.conflicts', { count: plan.conflicts.length })}</li>
          </ul>
          {plan.added.length > 0 && (
            <details>
              <summary>{t('lib.import.addedList')}</summary>
              <ul>
                {plan.added.map((r) => (
                  <li>
                    {r.title} <span class="help">({r.id}, {t('lib.version', { version: r.version })})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {plan.updated.length > 0 && (
            <details>
              <summary>{t('lib.import.updatedList')}</summary>
              <ul>
                {plan.updated.map((u) => (
                  <li>
                    {u.after.title}{' '}
                    <span class="help">({u.before.id}: {t('lib.import.versionChange', { from: u.before.version, to: u.after.version })})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {plan.conflicts.map((c) => (
            <fieldset class="conflict" data-testid={`import-conflict-${c.id}`}>
              <legend>
                {c.existing.title} <span class="help">({c.id})</span>
              </legend>
              <p>
                {t(`lib.import.conflict.${c.reason}`, { library: c.existing.version, file: c.incoming.version })}
              </p>
              <div class="conflict-sides">
                <div>
                  <h5>{t('lib.import.side.library', { version: c.existing.version })}</h5>
                  <p class="reply-body">{c.existing.body}</p>
                </div>
                <div>
                  <h5>{t('lib.import.side.file', { version: c.incoming.version })}</h5>
                  <p class="reply-body">{c.incoming.body}</p>
                </div>
              </div>
              {RESOLUTIONS.map((r) => (
                <label class="inline">
                  <input
                    type="radio"
                    name={`resolve-${c.id}`}
                    value={r}
                    data-testid={`import-resolve-${c.id}-${r}`}
                    checked={choices[c.id] === r}
                    onChange={() => setChoices((cur) => ({ ...cur, [c.id]: r }))}
                  />{' '}
                  {t(`lib.import.resolve.${r}`)}
                </label>
              ))}
            </fieldset>
          ))}
          {unresolved > 0 && (
            <p class="help" data-testid="library-import-unresolved">
              {t('lib.import.unresolved', { count: unresolved })}
            </p>
          )}
          <div class="actions">
            <button type="button" data-testid="library-import-apply" disabled={unresolved > 0 || nothingToDo} onClick={apply}>
              {t('lib.import.apply')}
            </button>{' '}
            <button type="button" onClick={reset}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
