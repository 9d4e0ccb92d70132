import { useState } from 'preact/hooks';
import { claims, endpoints, escalations, setEscalationStatus, watchOutbox } from '../../../lib/db';
import type { OutboxEntry } from '../../../lib/escalation';
import { t } from '../../../lib/i18n';
import type { Settings } from '../../../lib/settings/schema';
import { useObservable } from '../hooks';
import { EndpointSettings } from './EndpointSettings';
import { EscalationExports } from './EscalationExports';
import { EscalationItem } from './EscalationItem';
import { ESCALATION_STATUSES, packetView, type DeliveryView, type EscalationStatus, type ModeratorStatus } from './parts/escalation-view';

function deliveriesByEscalation(entries: readonly OutboxEntry[]): Map<string, DeliveryView[]> {
  const out = new Map<string, DeliveryView[]>();
  for (const e of entries) {
    const list = out.get(e.escalationId) ?? [];
    list.push({ endpointId: e.endpointId, state: e.state, attempts: e.attempts, lastError: e.lastError, deliveredAt: e.deliveredAt });
    out.set(e.escalationId, list);
  }
  return out;
}

/** The escalation queue (newest first, filtered by status) and where escalations are sent. */
export function EscalationSection({ settings }: { settings: Settings }) {
  const records = useObservable(() => escalations.watch());
  const deliveries = useObservable(() => watchOutbox()) ?? [];
  const targets = useObservable(() => endpoints.watch()) ?? [];
  const register = useObservable(() => claims.watch()) ?? [];
  const [filter, setFilter] = useState<EscalationStatus | ''>('');
  const [status, setStatus] = useState('');

  if (!records) return <p aria-busy="true">{t('lib.loading')}</p>;
  const sorted = [...records].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const shown = filter ? sorted.filter((r) => r.status === filter) : sorted;
  const names = new Map(targets.map((e) => [e.id, e.name]));
  const statements = new Map(register.map((c) => [c.id, c.statement]));
  const byEscalation = deliveriesByEscalation(deliveries);

  const change = async (id: string, next: ModeratorStatus, note: string) => {
    await setEscalationStatus(id, next, note, settings.agentName.trim() || 'moderator');
    setStatus(t('esc.statusChanged', { status: t(`esc.status.${next}`) }));
  };

  return (
    <div class="escalations" data-testid="escalations">
      <h2>{t('esc.title')}</h2>
      <div class="toolbar">
        <label class="inline">
          {t('esc.filter.status')}{' '}
          <select data-testid="escalation-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as EscalationStatus | '')}>
            <option value="">{t('esc.filter.all')}</option>
            {ESCALATION_STATUSES.map((s) => (
              <option value={s}>
                {t(`esc.status.${s}`)} ({records.filter((r) => r.status === s).length})
              </option>
            ))}
          </select>
        </label>
        <EscalationExports records={shown} />
      </div>
      <p class="status" role="status" data-testid="escalation-status-message">
        {status}
      </p>
      <p class="help" data-testid="escalation-count">
        {t('esc.count', { shown: shown.length, total: records.length })}
      </p>
      {shown.length === 0 && <p data-testid="escalation-empty">{records.length === 0 ? t('esc.none') : t('esc.empty')}</p>}
      <ul class="escalation-list" data-testid="escalation-list">
        {shown.map((r) => {
          const view = packetView(r.packet);
          // The register may have been edited since: show its current wording when the packet has none.
          if (view.claimId && !view.claimStatement) view.claimStatement = statements.get(view.claimId) ?? null;
          return (
            <EscalationItem
              key={r.id}
              id={r.id}
              status={r.status}
              packet={view}
              history={r.history}
              deliveries={byEscalation.get(r.id) ?? []}
              endpointNames={names}
              onChangeStatus={change}
            />
          );
        })}
      </ul>
      <EndpointSettings endpoints={targets} />
    </div>
  );
}
