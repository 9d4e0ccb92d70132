import { useState } from 'preact/hooks';
import { replies } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { approveReply, duplicateReply, retireReply } from '../../../lib/replies/edit';
import type { Reply } from '../../../lib/replies/schema';
import type { Settings } from '../../../lib/settings/schema';

export interface LibraryItemProps {
  reply: Reply;
  settings: Settings;
  onEdit(reply: Reply): void;
  onStatus(message: string): void;
}

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** One reply of the library: its state, its versions and what can be done with it. */
export function LibraryItem({ reply, settings, onEdit, onStatus }: LibraryItemProps) {
  const [approving, setApproving] = useState(false);
  const [approver, setApprover] = useState(settings.agentName);
  const [showHistory, setShowHistory] = useState(false);
  const [error, setError] = useState('');

  const run = async (make: () => Reply, done: string) => {
    setError('');
    try {
      const next = make();
      await replies.save(next);
      onStatus(done);
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const now = () => new Date();
  const opts = () => ({ now: now(), editor: settings.agentName || undefined, titleSuffix: t('lib.copySuffix') });

  return (
    <li class={`reply-item status-${reply.status}`} data-testid={`reply-${reply.id}`}>
      <div class="reply-head">
        <strong class="reply-title">{reply.title}</strong>{' '}
        <span class={`pill status-${reply.status}`} data-testid="reply-status">
          {t(`lib.status.${reply.status}`)}
        </span>{' '}
        <span class="help">
          {t('lib.version', { version: reply.version })} · {t(`lib.lang.${reply.lang}`)} ·{' '}
          {reply.categories.map((c) => t(`lib.category.${c}`)).join(', ')} ·{' '}
          {reply.platforms.length ? reply.platforms.map((p) => t(`common.platform.${p}`)).join(', ') : t('lib.allPlatforms')}
        </span>
      </div>
      <p class="reply-body">{reply.body}</p>
      {reply.status === 'approved' && reply.approvedBy && (
        <p class="help" data-testid="reply-approval">
          {t('lib.approvedBy', { name: reply.approvedBy, at: when(reply.approvedAt) })}
        </p>
      )}
      {reply.expiresAt && <p class="help">{t('lib.expires', { at: when(reply.expiresAt) })}</p>}
      <div class="actions">
        <button type="button" data-testid="reply-edit" onClick={() => onEdit(reply)}>
          {t('lib.action.edit')}
        </button>{' '}
        <button type="button" data-testid="reply-duplicate" onClick={() => run(() => duplicateReply(reply, opts()), t('lib.done.duplicated'))}>
          {t('lib.action.duplicate')}
        </button>{' '}
        {reply.status !== 'approved' && (
          <button type="button" data-testid="reply-approve" onClick={() => setApproving(true)}>
            {t('lib.action.approve')}
          </button>
        )}{' '}
        {reply.status !== 'retired' && (
          <button type="button" data-testid="reply-retire" onClick={() => run(() => retireReply(reply, now()), t('lib.done.retired'))}>
            {t('lib.action.retire')}
          </button>
        )}{' '}
        <button type="button" aria-expanded={showHistory} disabled={!reply.history.length} onClick={() => setShowHistory(!showHistory)}>
          {t('lib.action.history', { count: reply.history.length })}
        </button>
      </div>
      {approving && (
        <form
          class="inline-form"
          data-testid="reply-approve-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => approveReply(reply, approver, now()), t('lib.done.approved'))) setApproving(false);
          }}
        >
          <label>
            {t('lib.approverName')}{' '}
            <input data-testid="reply-approver" value={approver} maxLength={200} onInput={(e) => setApprover(e.currentTarget.value)} />
          </label>{' '}
          <button type="submit" data-testid="reply-approve-confirm">
            {t('lib.action.confirmApprove')}
          </button>{' '}
          <button type="button" onClick={() => setApproving(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" class="error">
          {t('common.error', { message: error })}
        </p>
      )}
      {showHistory && (
        <ol class="history" data-testid="reply-history">
          {[...reply.history].reverse().map((h) => (
            <li>
              <span class="help">
                {t('lib.version', { version: h.version })} · {when(h.editedAt)}
                {h.editedBy ? ` · ${h.editedBy}` : ''}
              </span>
              <div>
                <strong>{h.title}</strong>
              </div>
              <p class="reply-body">{h.body}</p>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
