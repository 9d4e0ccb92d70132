import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { MODERATOR_STATUSES, type DeliveryView, type EscalationStatus, type HistoryView, type ModeratorStatus, type PacketView } from './parts/escalation-view';
import { safeScreenshotUrl, safeWebUrl } from './parts/links';

export interface EscalationItemProps {
  id: string;
  status: EscalationStatus;
  packet: PacketView;
  history: readonly HistoryView[];
  deliveries: readonly DeliveryView[];
  /** Endpoint id → name, for the delivery list (a removed endpoint shows its id). */
  endpointNames: ReadonlyMap<string, string>;
  onChangeStatus(id: string, status: ModeratorStatus, note: string): Promise<void>;
}

function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function Link({ url }: { url: string }) {
  const safe = safeWebUrl(url);
  return safe ? (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  ) : (
    <span>{url || '—'}</span>
  );
}

/** One escalation: a one-line summary, and on demand the evidence, its history and its deliveries. */
export function EscalationItem({ id, status, packet: p, history, deliveries, endpointNames, onChangeStatus }: EscalationItemProps) {
  const [open, setOpen] = useState(false);
  const [next, setNext] = useState<ModeratorStatus>(() => (MODERATOR_STATUSES as readonly string[]).includes(status) ? (status as ModeratorStatus) : 'acknowledged');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const failed = deliveries.filter((d) => d.state === 'failed').length;
  const screenshot = safeScreenshotUrl(p.screenshot);

  const change = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      await onChangeStatus(id, next, note.trim());
      setNote('');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <li class={`escalation status-${status} severity-${p.severity}`} data-testid={`escalation-${id}`}>
      <div class="escalation-head">
        <span class={`pill esc-${status}`} data-testid="escalation-status">
          {t(`esc.status.${status}`)}
        </span>{' '}
        <span class={`pill sev-${p.severity}`}>{t(`reg.severity.${p.severity}`)}</span>{' '}
        <strong>{p.author}</strong> <span class="help">· {t(`common.platform.${p.platform}`)} · {when(p.escalatedAt)}</span>
        {failed > 0 && (
          <span class="pill failed" data-testid="escalation-failed">
            {' '}
            {t('esc.delivery.failedCount', { count: failed })}
          </span>
        )}
        <p class="excerpt">{p.commentText.length > 160 ? `${p.commentText.slice(0, 160)}…` : p.commentText}</p>
        <button type="button" aria-expanded={open} data-testid="escalation-toggle" onClick={() => setOpen(!open)}>
          {open ? t('esc.hide') : t('esc.show')}
        </button>
      </div>
      {open && (
        <div class="escalation-body" data-testid="escalation-body">
          <h4>{t('esc.comment')}</h4>
          <blockquote class="comment-text" data-testid="escalation-comment">
            {p.commentText}
          </blockquote>
          <dl class="facts">
            <dt>{t('esc.author')}</dt>
            <dd>{p.author}</dd>
            <dt>{t('esc.platform')}</dt>
            <dd>{t(`common.platform.${p.platform}`)}</dd>
            <dt>{t('esc.permalink')}</dt>
            <dd>
              <Link url={p.permalink} />
            </dd>
            <dt>{t('esc.pageUrl')}</dt>
            <dd>
              <Link url={p.pageUrl} />
            </dd>
            <dt>{t('esc.postedAt')}</dt>
            <dd>{when(p.postedAt)}</dd>
            <dt>{t('esc.escalatedAt')}</dt>
            <dd>{when(p.escalatedAt)}</dd>
            <dt>{t('esc.verdict')}</dt>
            <dd>
              {p.verdictKinds.map((k) => t(`common.verdict.${k}`)).join(', ') || t('common.verdict.ok')}
              {p.hostilityScore !== null && ` · ${t('esc.hostilityScore', { score: p.hostilityScore.toFixed(2) })}`}
              {p.rumourScore !== null && ` · ${t('esc.rumourScore', { score: p.rumourScore.toFixed(2) })}`}
            </dd>
            <dt>{t('esc.claim')}</dt>
            <dd data-testid="escalation-claim">{p.claimId ? (p.claimStatement ? `${p.claimStatement} (${p.claimId})` : p.claimId) : '—'}</dd>
            <dt>{t('esc.note')}</dt>
            <dd class="note">{p.note || '—'}</dd>
          </dl>
          {p.reasons.length > 0 && (
            <>
              <h4>{t('esc.reasons')}</h4>
              <ul class="reasons">
                {p.reasons.map((r) => (
                  <li>
                    <strong>{r.label}</strong>: “{r.excerpt}”{r.note ? ` — ${r.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(p.parent || p.replies.length > 0) && (
            <>
              <h4>{t('esc.thread')}</h4>
              <ul class="thread" data-testid="escalation-thread">
                {p.parent && (
                  <li>
                    <span class="help">{t('esc.thread.parent')}</span> <strong>{p.parent.author}</strong>: {p.parent.text}
                  </li>
                )}
                {p.replies.map((r) => (
                  <li>
                    <span class="help">{t('esc.thread.reply')}</span> <strong>{r.author}</strong>: {r.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          {screenshot && (
            <>
              <h4>{t('esc.screenshot')}</h4>
              <img class="screenshot" src={screenshot} alt={t('esc.screenshotAlt')} data-testid="escalation-screenshot" />
            </>
          )}
          <h4>{t('esc.deliveries')}</h4>
          {deliveries.length === 0 ? (
            <p class="help">{t('esc.delivery.none')}</p>
          ) : (
            <table class="deliveries" data-testid="escalation-deliveries">
              <thead>
                <tr>
                  <th>{t('esc.delivery.endpoint')}</th>
                  <th>{t('esc.delivery.state')}</th>
                  <th>{t('esc.delivery.attempts')}</th>
                  <th>{t('esc.delivery.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr class={`delivery-${d.state}`} data-testid={`delivery-${d.endpointId}`}>
                    <td>{endpointNames.get(d.endpointId) ?? d.endpointId}</td>
                    <td>{t(`esc.delivery.${d.state}`)}</td>
                    <td>{d.attempts}</td>
                    <td>{d.state === 'delivered' ? when(d.deliveredAt) : (d.lastError ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h4>{t('esc.history')}</h4>
          <ol class="history" data-testid="escalation-history">
            {history.map((h) => (
              <li>
                <span class="help">{when(h.at)}</span> {t(`esc.status.${h.status}`)}
                {h.by ? ` · ${h.by === 'vigie' ? t('esc.byVigie') : h.by}` : ''}
                {h.note ? ` — ${h.note}` : ''}
              </li>
            ))}
          </ol>
          <form class="inline-form" onSubmit={change} data-testid="escalation-status-form">
            <label class="inline">
              {t('esc.changeStatus')}{' '}
              <select data-testid="escalation-next-status" value={next} onChange={(e) => setNext(e.currentTarget.value as ModeratorStatus)}>
                {MODERATOR_STATUSES.map((s) => (
                  <option value={s}>{t(`esc.status.${s}`)}</option>
                ))}
              </select>
            </label>{' '}
            <label class="inline">
              {t('esc.statusNote')}{' '}
              <input data-testid="escalation-status-note" value={note} maxLength={2_000} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>{' '}
            <button type="submit" data-testid="escalation-status-save">
              {t('esc.applyStatus')}
            </button>
          </form>
          {error && (
            <p role="alert" class="error">
              {t('common.error', { message: error })}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
