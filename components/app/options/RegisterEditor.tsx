import { useState } from 'preact/hooks';
import { claims, CLAIM_STATUSES, type Claim } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import type { Reply } from '../../../lib/replies/schema';
import { commasToList, linesToList, toggleIn } from './parts/lists';
import { EditorFooter } from './EditorFooter';

export const CLAIM_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

interface Draft {
  id: string;
  statement: string;
  variants: string;
  keywords: string;
  lang: Claim['lang'];
  status: Claim['status'];
  correctionText: string;
  correctionLink: string;
  replyIds: string[];
  severity: Claim['severity'];
  owner: string;
  active: boolean;
}

function draftOf(c: Claim | null): Draft {
  return {
    id: c?.id ?? '',
    statement: c?.statement ?? '',
    variants: c?.variants.join('\n') ?? '',
    keywords: c?.keywords.join(', ') ?? '',
    lang: c?.lang ?? 'en',
    status: c?.status ?? 'unverified',
    correctionText: c?.correctionText ?? '',
    correctionLink: c?.correctionLink ?? '',
    replyIds: c?.replyIds ?? [],
    severity: c?.severity ?? 'medium',
    owner: c?.owner ?? '',
    active: c?.active ?? true,
  };
}

/** A new claim's id from its statement: short, readable in exports and escalations. */
export function claimIdFrom(statement: string, taken: ReadonlySet<string>): string {
  const base =
    'claim-' +
    (statement
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'entry');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface RegisterEditorProps {
  claim: Claim | null;
  existingIds: ReadonlySet<string>;
  replies: readonly Reply[];
  onDone(saved: Claim | null): void;
}

/** Writes one entry of the rumour register; the schema (lib/db/records) names any bad field. */
export function RegisterEditor({ claim, existingIds, replies, onDone }: RegisterEditorProps) {
  const [d, setD] = useState<Draft>(() => draftOf(claim));
  const [error, setError] = useState('');
  const set = (patch: Partial<Draft>) => setD((cur) => ({ ...cur, ...patch }));
  const replyOrder = [...replies.map((r) => r.id), ...d.replyIds.filter((id) => !replies.some((r) => r.id === id))];

  const save = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      const now = new Date().toISOString();
      const saved = await claims.save({
        id: claim?.id ?? claimIdFrom(d.statement, existingIds),
        statement: d.statement,
        variants: linesToList(d.variants),
        keywords: commasToList(d.keywords),
        lang: d.lang,
        status: d.status,
        correctionText: d.correctionText.trim(),
        correctionLink: d.correctionLink.trim(),
        replyIds: d.replyIds,
        severity: d.severity,
        owner: d.owner.trim(),
        active: d.active,
        createdAt: claim?.createdAt ?? now,
        updatedAt: now,
      });
      onDone(saved);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <form class="editor" onSubmit={save} data-testid="claim-editor">
      <h3>{claim ? t('reg.edit', { id: claim.id }) : t('reg.new')}</h3>
      <label>
        {t('reg.field.statement')}
        <textarea data-testid="claim-statement" rows={2} value={d.statement} onInput={(e) => set({ statement: e.currentTarget.value })} />
      </label>
      <label>
        {t('reg.field.variants')}
        <textarea data-testid="claim-variants" rows={3} value={d.variants} onInput={(e) => set({ variants: e.currentTarget.value })} />
      </label>
      <label>
        {t('reg.field.keywords')}
        <input data-testid="claim-keywords" value={d.keywords} onInput={(e) => set({ keywords: e.currentTarget.value })} />
      </label>
      <label class="inline">
        {t('reg.field.lang')}{' '}
        <select data-testid="claim-lang" value={d.lang} onChange={(e) => set({ lang: e.currentTarget.value as Claim['lang'] })}>
          {(['en', 'fr'] as const).map((l) => (
            <option value={l}>{t(`lib.lang.${l}`)}</option>
          ))}
        </select>
      </label>{' '}
      <label class="inline">
        {t('reg.field.status')}{' '}
        <select data-testid="claim-status" value={d.status} onChange={(e) => set({ status: e.currentTarget.value as Claim['status'] })}>
          {CLAIM_STATUSES.map((s) => (
            <option value={s}>{t(`reg.status.${s}`)}</option>
          ))}
        </select>
      </label>{' '}
      <label class="inline">
        {t('reg.field.severity')}{' '}
        <select data-testid="claim-severity" value={d.severity} onChange={(e) => set({ severity: e.currentTarget.value as Claim['severity'] })}>
          {CLAIM_SEVERITIES.map((s) => (
            <option value={s}>{t(`reg.severity.${s}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('reg.field.correctionText')}
        <textarea rows={3} value={d.correctionText} onInput={(e) => set({ correctionText: e.currentTarget.value })} />
      </label>
      <label>
        {t('reg.field.correctionLink')}
        <input type="url" data-testid="claim-link" value={d.correctionLink} onInput={(e) => set({ correctionLink: e.currentTarget.value })} />
      </label>
      <fieldset>
        <legend>{t('reg.field.replies')}</legend>
        {replies.length === 0 && <p class="help">{t('reg.field.noReplies')}</p>}
        {replies.map((r) => (
          <label>
            <input
              type="checkbox"
              checked={d.replyIds.includes(r.id)}
              onChange={(e) => set({ replyIds: toggleIn(d.replyIds, r.id, e.currentTarget.checked, replyOrder) })}
            />{' '}
            {r.title} <span class="help">({t(`lib.status.${r.status}`)})</span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('reg.field.owner')}
        <input value={d.owner} maxLength={200} onInput={(e) => set({ owner: e.currentTarget.value })} />
      </label>
      <label>
        <input type="checkbox" checked={d.active} onChange={(e) => set({ active: e.currentTarget.checked })} /> {t('reg.field.active')}
      </label>
      <EditorFooter error={error} testId={{ error: 'claim-editor-error', save: 'claim-save' }} onCancel={() => onDone(null)} />
    </form>
  );
}
