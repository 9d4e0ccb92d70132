import { useState } from 'preact/hooks';
import { AUDIT_KINDS, watchAudit, type AuditEntry, type AuditFilter } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { PLATFORMS, type Platform } from '../../../lib/types';
import { useObservable } from '../hooks';
import { toCsv } from './parts/csv';
import { datedFilename, downloadText, MIME } from './parts/download';

export const AUDIT_PERIODS = ['24h', '7d', '30d', 'all'] as const;
export type AuditPeriod = (typeof AUDIT_PERIODS)[number];

const PERIOD_MS: Record<Exclude<AuditPeriod, 'all'>, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };

/** The database filter for the chosen period, kind and platform ('' = any). */
export function auditFilterOf(period: AuditPeriod, kind: AuditEntry['kind'] | '', platform: Platform | '', now = new Date()): AuditFilter {
  return {
    ...(period === 'all' ? {} : { from: new Date(now.getTime() - PERIOD_MS[period]).toISOString() }),
    ...(kind ? { kinds: [kind] } : {}),
    ...(platform ? { platform } : {}),
  };
}

export const AUDIT_CSV_COLUMNS = ['at', 'kind', 'platform', 'commentId', 'replyId', 'replyVersion', 'escalationId', 'detail'];

/** What the moderator did, newest first, with filters and a CSV export. */
export function AuditLog() {
  const [period, setPeriod] = useState<AuditPeriod>('7d');
  const [kind, setKind] = useState<AuditEntry['kind'] | ''>('');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const rows = useObservable(() => watchAudit(auditFilterOf(period, kind, platform)), [period, kind, platform]);
  const sorted = rows ? [...rows].sort((a, b) => b.at.localeCompare(a.at) || (b.id ?? 0) - (a.id ?? 0)) : [];

  return (
    <fieldset class="audit-log" data-testid="audit-log">
      <legend>{t('audit.log')}</legend>
      <div class="toolbar">
        <label class="inline">
          {t('audit.period')}{' '}
          <select data-testid="audit-period" value={period} onChange={(e) => setPeriod(e.currentTarget.value as AuditPeriod)}>
            {AUDIT_PERIODS.map((p) => (
              <option value={p}>{t(`audit.period.${p}`)}</option>
            ))}
          </select>
        </label>{' '}
        <label class="inline">
          {t('audit.kind')}{' '}
          <select data-testid="audit-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as AuditEntry['kind'] | '')}>
            <option value="">{t('lib.filter.any')}</option>
            {AUDIT_KINDS.map((k) => (
              <option value={k}>{t(`audit.kind.${k}`)}</option>
            ))}
          </select>
        </label>{' '}
        <label class="inline">
          {t('lib.field.platform')}{' '}
          <select data-testid="audit-platform" value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform | '')}>
            <option value="">{t('lib.filter.any')}</option>
            {PLATFORMS.map((p) => (
              <option value={p}>{t(`common.platform.${p}`)}</option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          data-testid="audit-export"
          disabled={!sorted.length}
          onClick={() => downloadText(datedFilename('audit', 'csv'), toCsv(sorted, AUDIT_CSV_COLUMNS), MIME.csv)}
        >
          {t('audit.exportCsv')}
        </button>
      </div>
      {rows === undefined ? (
        <p aria-busy="true">{t('lib.loading')}</p>
      ) : sorted.length === 0 ? (
        <p data-testid="audit-empty">{t('audit.empty')}</p>
      ) : (
        <table class="audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th>{t('audit.col.at')}</th>
              <th>{t('audit.kind')}</th>
              <th>{t('lib.field.platform')}</th>
              <th>{t('audit.col.subject')}</th>
              <th>{t('audit.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr>
                <td>{new Date(r.at).toLocaleString()}</td>
                <td>{t(`audit.kind.${r.kind}`)}</td>
                <td>{r.platform ? t(`common.platform.${r.platform}`) : ''}</td>
                <td>
                  {[
                    r.commentId && t('audit.subject.comment', { id: r.commentId }),
                    r.replyId && t('audit.subject.reply', { id: r.replyId, version: r.replyVersion ?? '?' }),
                    r.escalationId && t('audit.subject.escalation', { id: r.escalationId }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td class="detail">{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
