import { useState } from 'preact/hooks';
import { escalations, listAudit, listObservations } from '../../../lib/db';
import { getLocale, t } from '../../../lib/i18n';
import { DEFAULT_RADAR_SETTINGS } from '../../../lib/radar';
import { afterActionReport, type AfterActionReport } from '../../../lib/report';
import type { Settings } from '../../../lib/settings/schema';
import { toRadar } from '../dashboard/data';
import { datedFilename, downloadText, MIME } from './parts/download';
import { isoToLocalInput, localInputToIso } from './parts/lists';
import { auditForReport, escalationsForReport } from './parts/report-input';

/** Reads the period's records and builds the after-action report (lib/report). */
export async function buildReport(from: Date, to: Date, locale: 'en' | 'fr'): Promise<AfterActionReport> {
  // Observations from one radar window and baseline earlier: the report replays the radar into the period.
  const warmUp = new Date(from.getTime() - (DEFAULT_RADAR_SETTINGS.windowMinutes + DEFAULT_RADAR_SETTINGS.baselineMinutes) * 60_000);
  const [observations, audit, queue] = await Promise.all([
    listObservations(undefined, warmUp),
    listAudit({ from: from.toISOString(), to: to.toISOString() }),
    escalations.list(),
  ]);
  return afterActionReport({
    from,
    to,
    observations: toRadar(observations.filter((o) => o.postedAt < to.toISOString())),
    audit: auditForReport(audit),
    escalations: escalationsForReport(queue),
    locale,
  });
}

function minutes(n: number | undefined): string {
  return n === undefined ? '—' : t('dash.minutes', { n });
}

/** The after-action report for a chosen period: on-screen summary, Markdown and CSV downloads. */
export function AuditReport(_props: { settings: Settings }) {
  const [from, setFrom] = useState(() => isoToLocalInput(new Date(Date.now() - 86_400_000).toISOString()));
  const [to, setTo] = useState(() => isoToLocalInput(new Date().toISOString()));
  const [report, setReport] = useState<AfterActionReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const make = async (e: Event) => {
    e.preventDefault();
    setError('');
    const a = localInputToIso(from);
    const b = localInputToIso(to);
    if (!a || !b || b <= a) {
      setReport(null);
      setError(t('audit.report.invalidRange'));
      return;
    }
    setBusy(true);
    try {
      setReport(await buildReport(new Date(a), new Date(b), getLocale()));
    } catch (err) {
      setReport(null);
      setError(t('common.error', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const s = report?.summary;
  return (
    <fieldset class="audit-report" data-testid="audit-report">
      <legend>{t('audit.report')}</legend>
      <form onSubmit={make} class="toolbar">
        <label class="inline">
          {t('audit.report.from')}{' '}
          <input type="datetime-local" data-testid="audit-report-from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="inline">
          {t('audit.report.to')}{' '}
          <input type="datetime-local" data-testid="audit-report-to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="audit-report-make" disabled={busy}>
          {t('audit.report.make')}
        </button>
      </form>
      {error && (
        <p role="alert" class="error" data-testid="audit-report-error">
          {error}
        </p>
      )}
      {report && s && (
        <div data-testid="audit-report-summary">
          <dl class="facts">
            <dt>{t('audit.report.comments')}</dt>
            <dd data-testid="report-comments">{t('audit.report.commentsValue', { total: s.comments.total, hostile: s.comments.hostile, rumour: s.comments.rumour })}</dd>
            <dt>{t('audit.report.flagged')}</dt>
            <dd data-testid="report-flagged">
              {t('audit.report.flaggedValue', {
                flagged: s.flagged,
                answered: s.flaggedAnswered,
                dismissed: s.flaggedDismissed,
                escalated: s.flaggedEscalated,
                unhandled: s.flaggedUnhandled,
              })}
            </dd>
            <dt>{t('audit.report.replies')}</dt>
            <dd data-testid="report-replies">{s.repliesInserted}</dd>
            <dt>{t('audit.report.escalations')}</dt>
            <dd data-testid="report-escalations">{s.escalations}</dd>
            <dt>{t('audit.report.response')}</dt>
            <dd data-testid="report-response">
              {s.responseMinutes
                ? t('audit.report.responseValue', { median: minutes(s.responseMinutes.median), p90: minutes(s.responseMinutes.p90) })
                : t('dash.response.none')}
            </dd>
            <dt>{t('audit.report.radar')}</dt>
            <dd data-testid="report-radar">{t(`common.level.${s.radar.maxLevel}`)}</dd>
          </dl>
          <div class="actions">
            <button type="button" data-testid="audit-report-markdown" onClick={() => downloadText(datedFilename('report', 'md'), report.markdown, MIME.markdown)}>
              {t('audit.report.markdown')}
            </button>{' '}
            <button type="button" data-testid="audit-report-csv" onClick={() => downloadText(datedFilename('report', 'csv'), report.csv, MIME.csv)}>
              {t('audit.report.csv')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
