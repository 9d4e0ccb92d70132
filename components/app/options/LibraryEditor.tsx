import { useState } from 'preact/hooks';
import { replies, type Claim } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { createReply, updateReply } from '../../../lib/replies/edit';
import { KNOWN_PLACEHOLDERS } from '../../../lib/replies/placeholders';
import { REPLY_CATEGORIES, REPLY_LANGS, type Reply, type ReplyCategory, type ReplyLang } from '../../../lib/replies/schema';
import type { Settings } from '../../../lib/settings/schema';
import { PLATFORMS, type Platform } from '../../../lib/types';
import { LibraryPreview } from './LibraryPreview';
import { commasToList, isoToLocalInput, localInputToIso, toggleIn } from './parts/lists';
import { EditorFooter } from './EditorFooter';

interface Draft {
  title: string;
  body: string;
  lang: ReplyLang;
  categories: ReplyCategory[];
  claimIds: string[];
  platforms: Platform[];
  tags: string;
  expires: string;
}

function draftOf(reply: Reply | null, settings: Settings): Draft {
  return {
    title: reply?.title ?? '',
    body: reply?.body ?? '',
    lang: reply?.lang ?? (settings.locale === 'fr' ? 'fr' : 'en'),
    categories: reply?.categories ?? [],
    claimIds: reply?.claimIds ?? [],
    platforms: reply?.platforms ?? [],
    tags: reply?.tags.join(', ') ?? '',
    expires: isoToLocalInput(reply?.expiresAt ?? null),
  };
}

export interface LibraryEditorProps {
  /** The reply to edit, or null for a new one. */
  reply: Reply | null;
  claims: readonly Claim[];
  settings: Settings;
  onDone(saved: Reply | null): void;
}

/**
 * Writes a reply. Saving an edit makes a new version (the old wording goes to history); changing
 * the words of an approved reply sends it back to draft (lib/replies/edit decides, not this form).
 */
export function LibraryEditor({ reply, claims, settings, onDone }: LibraryEditorProps) {
  const [d, setD] = useState<Draft>(() => draftOf(reply, settings));
  const [error, setError] = useState('');
  const set = (patch: Partial<Draft>) => setD((cur) => ({ ...cur, ...patch }));
  // Links to claims no longer in the register are kept, not silently dropped by a toggle.
  const claimOrder = [...claims.map((c) => c.id), ...d.claimIds.filter((id) => !claims.some((c) => c.id === id))];

  const save = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      const fields = {
        title: d.title,
        body: d.body,
        lang: d.lang,
        categories: d.categories,
        claimIds: d.claimIds,
        platforms: d.platforms,
        tags: commasToList(d.tags),
        expiresAt: localInputToIso(d.expires),
      };
      const opts = { now: new Date(), editor: settings.agentName || undefined };
      const next = reply ? updateReply(reply, fields, opts) : createReply(fields, opts);
      if (next !== reply) await replies.save(next);
      onDone(next);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <form class="editor" onSubmit={save} data-testid="reply-editor" aria-label={reply ? t('lib.edit.title', { title: reply.title }) : t('lib.new')}>
      <h3>{reply ? t('lib.edit.title', { title: reply.title }) : t('lib.new')}</h3>
      {reply && <p class="help">{t('lib.edit.versionNote', { version: reply.version })}</p>}
      <label>
        {t('lib.field.title')}
        <input data-testid="reply-title" value={d.title} maxLength={200} onInput={(e) => set({ title: e.currentTarget.value })} />
      </label>
      <label>
        {t('lib.field.body')}
        <textarea data-testid="reply-body" rows={6} value={d.body} onInput={(e) => set({ body: e.currentTarget.value })} />
      </label>
      <p class="help">{t('lib.field.placeholders', { list: KNOWN_PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}</p>
      <label>
        {t('lib.field.lang')}{' '}
        <select data-testid="reply-lang" value={d.lang} onChange={(e) => set({ lang: e.currentTarget.value as ReplyLang })}>
          {REPLY_LANGS.map((l) => (
            <option value={l}>{t(`lib.lang.${l}`)}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('lib.field.categories')}</legend>
        {REPLY_CATEGORIES.map((c) => (
          <label class="inline">
            <input
              type="checkbox"
              data-testid={`reply-category-${c}`}
              checked={d.categories.includes(c)}
              onChange={(e) => set({ categories: toggleIn(d.categories, c, e.currentTarget.checked, REPLY_CATEGORIES) })}
            />{' '}
            {t(`lib.category.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('lib.field.platforms')}</legend>
        <p class="help">{t('lib.field.platformsHelp')}</p>
        {PLATFORMS.map((p) => (
          <label class="inline">
            <input
              type="checkbox"
              data-testid={`reply-platform-${p}`}
              checked={d.platforms.includes(p)}
              onChange={(e) => set({ platforms: toggleIn(d.platforms, p, e.currentTarget.checked, PLATFORMS) })}
            />{' '}
            {t(`common.platform.${p}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('lib.field.claims')}</legend>
        {claims.length === 0 && <p class="help">{t('lib.field.noClaims')}</p>}
        {claims.map((c) => (
          <label>
            <input
              type="checkbox"
              checked={d.claimIds.includes(c.id)}
              onChange={(e) => set({ claimIds: toggleIn(d.claimIds, c.id, e.currentTarget.checked, claimOrder) })}
            />{' '}
            {c.statement} <span class="help">({c.id})</span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('lib.field.tags')}
        <input data-testid="reply-tags" value={d.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />
      </label>
      <label>
        {t('lib.field.expires')}{' '}
        <input type="datetime-local" data-testid="reply-expires" value={d.expires} onInput={(e) => set({ expires: e.currentTarget.value })} />
      </label>
      <h4>{t('lib.preview.title')}</h4>
      <LibraryPreview body={d.body} platforms={d.platforms} values={{ brand: settings.brandName, agent: settings.agentName }} />
      <EditorFooter error={error} testId={{ error: 'reply-editor-error', save: 'reply-save' }} onCancel={() => onDone(null)} />
    </form>
  );
}
