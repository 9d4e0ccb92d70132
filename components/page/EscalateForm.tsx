import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useInterfaceLocale } from '../shared/i18n';

export type EscalationSeverity = 'low' | 'medium' | 'high' | 'critical';

export interface EscalateFormProps {
  comment: { id: string; author?: string; excerpt: string };
  /** The register claim it matched, if any (shown so the moderator knows it is a known rumour). */
  claim?: string | null;
  defaultSeverity: EscalationSeverity;
  state: { status: 'idle' | 'sending' | 'sent' | 'error'; message?: string };
  onSend(input: { note: string; severity: EscalationSeverity }): void;
  onClose(): void;
}

const SEVERITIES: EscalationSeverity[] = ['low', 'medium', 'high', 'critical'];

/** Hands a comment to the crisis team: the moderator adds a note and a severity, nothing more. */
export function EscalateForm(props: EscalateFormProps) {
  useInterfaceLocale();
  const [note, setNote] = useState('');
  const [severity, setSeverity] = useState<EscalationSeverity>(props.defaultSeverity);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  const sending = props.state.status === 'sending';
  return (
    <div role="dialog" aria-label={t('page.escalate.title')}>
    <form
      class="vg-card"
      data-testid="vigie-escalate-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!sending) props.onSend({ note: note.trim(), severity });
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <div class="vg-card__head">
        <h2>{t('page.escalate.title')}</h2>
        <button type="button" class="vg-btn" onClick={props.onClose}>{t('common.close')}</button>
      </div>
      <p class="vg-card__quote">
        {props.comment.author ? `${props.comment.author}: ` : ''}
        {props.comment.excerpt}
      </p>
      {props.claim && <p>{t('page.escalate.claim', { claim: props.claim })}</p>}
      <label class="vg-field">
        <span class="vg-field__label">{t('page.escalate.note')}</span>
        <textarea ref={noteRef} rows={3} maxLength={5000} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="vg-field">
        <span class="vg-field__label">{t('page.escalate.severity')}</span>
        <select value={severity} onChange={(e) => setSeverity((e.currentTarget as HTMLSelectElement).value as EscalationSeverity)}>
          {SEVERITIES.map((s) => (
            <option value={s}>{t(`page.escalate.severity.${s}`)}</option>
          ))}
        </select>
      </label>
      <div class="vg-card__actions">
        <button type="submit" class="vg-btn vg-btn--primary" disabled={sending || props.state.status === 'sent'} data-testid="vigie-escalate-send">
          {t('page.escalate.send')}
        </button>
        <span class="vg-status" role="status" data-status={props.state.status === 'sent' ? 'inserted' : props.state.status}>
          {props.state.status === 'sent' ? t('page.escalate.sent') : props.state.status === 'error' ? t('common.error', { message: props.state.message ?? '' }) : ''}
        </span>
      </div>
    </form>
    </div>
  );
}
