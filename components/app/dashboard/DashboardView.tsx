import { t } from '../../../lib/i18n';
import { safeWebUrl } from '../options/parts/links';
import {
  DASH_PERIODS,
  ESCALATION_STATUSES,
  type ChartData,
  type DashPeriod,
  type EscalationStatus,
  type HotThread,
  type ResponseSummary,
  type TopRumour,
} from './data';
import { TimelineChart } from './TimelineChart';

export interface QueueEntryView {
  id: string;
  status: EscalationStatus;
  createdAt: string;
  author: string;
  excerpt: string;
}


export interface DashboardViewProps {
  period: DashPeriod;
  onPeriod(p: DashPeriod): void;
  chart: ChartData;
  threads: HotThread[];
  rumours: TopRumour[];
  queue: { counts: Record<EscalationStatus, number>; latest: QueueEntryView[] };
  response: ResponseSummary;
}

function minutes(n: number | null): string {
  if (n === null) return '—';
  if (n < 60) return t('dash.minutes', { n: Math.round(n) });
  return t('dash.hours', { h: Math.floor(n / 60), m: Math.round(n % 60) });
}

/** The dashboard's blocks from prepared data (the container, Dashboard.tsx, reads the database). */
export function DashboardView({ period, onPeriod, chart, threads, rumours, queue, response }: DashboardViewProps) {
  return (
    <main class="dashboard">
      <header class="dash-header">
        <h1>{t('dash.title')}</h1>
        <div class="period" role="radiogroup" aria-label={t('dash.period')}>
          {DASH_PERIODS.map((p) => (
            <label class="inline">
              <input type="radio" name="period" value={p} checked={period === p} data-testid={`dash-period-${p}`} onChange={() => onPeriod(p)} />{' '}
              {t(`dash.period.${p}`)}
            </label>
          ))}
        </div>
        <a href="/options.html" target="_blank" rel="noopener">
          {t('dash.openOptions')}
        </a>
      </header>

      <section class="dash-block wide" data-testid="dash-chart" aria-labelledby="dash-chart-title">
        <h2 id="dash-chart-title">{t('dash.chart')}</h2>
        <TimelineChart data={chart} />
      </section>

      <section class="dash-block" data-testid="dash-threads" aria-labelledby="dash-threads-title">
        <h2 id="dash-threads-title">{t('dash.threads')}</h2>
        {threads.length === 0 ? (
          <p class="help">{t('dash.threads.none')}</p>
        ) : (
          <ol>
            {threads.map((th) => {
              const url = safeWebUrl(th.pageKey);
              return (
                <li class={`heat-${th.heat}`} data-testid="dash-thread">
                  <span class={`pill heat-${th.heat}`}>{t(`dash.heat.${th.heat}`)}</span>{' '}
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {t(`common.platform.${th.platform}`)} · {th.threadId}
                    </a>
                  ) : (
                    <span>
                      {t(`common.platform.${th.platform}`)} · {th.threadId}
                    </span>
                  )}
                  <div class="help">{t('dash.threads.counts', { total: th.total, hostile: th.hostile, rumour: th.rumour })}</div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section class="dash-block" data-testid="dash-rumours" aria-labelledby="dash-rumours-title">
        <h2 id="dash-rumours-title">{t('dash.rumours')}</h2>
        {rumours.length === 0 ? (
          <p class="help">{t('dash.rumours.none')}</p>
        ) : (
          <ol>
            {rumours.map((r) => (
              <li data-testid="dash-rumour">
                {r.statement ?? t('dash.rumours.unknown', { id: r.claimId })} <span class="help">({t('dash.rumours.count', { count: r.count })})</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="dash-block" data-testid="dash-queue" aria-labelledby="dash-queue-title">
        <h2 id="dash-queue-title">{t('dash.queue')}</h2>
        <ul class="queue-counts">
          {ESCALATION_STATUSES.map((s) => (
            <li data-testid={`dash-queue-${s}`}>
              {t(`esc.status.${s}`)}: <strong>{queue.counts[s]}</strong>
            </li>
          ))}
        </ul>
        {queue.latest.length > 0 && (
          <>
            <h3>{t('dash.queue.latest')}</h3>
            <ol class="queue-latest">
              {queue.latest.map((e) => (
                <li data-testid="dash-queue-item">
                  <span class={`pill esc-${e.status}`}>{t(`esc.status.${e.status}`)}</span> <strong>{e.author}</strong>{' '}
                  <span class="help">{new Date(e.createdAt).toLocaleString()}</span>
                  <div class="excerpt">{e.excerpt}</div>
                </li>
              ))}
            </ol>
          </>
        )}
        <a href="/options.html#escalations" target="_blank" rel="noopener">
          {t('dash.queue.open')}
        </a>
      </section>

      <section class="dash-block" data-testid="dash-response" aria-labelledby="dash-response-title">
        <h2 id="dash-response-title">{t('dash.response')}</h2>
        {response.count === 0 ? (
          <p class="help">{t('dash.response.none')}</p>
        ) : (
          <dl class="facts">
            <dt>{t('dash.response.median')}</dt>
            <dd data-testid="dash-response-median">{minutes(response.medianMinutes)}</dd>
            <dt>{t('dash.response.p90')}</dt>
            <dd data-testid="dash-response-p90">{minutes(response.p90Minutes)}</dd>
            <dt>{t('dash.response.count')}</dt>
            <dd>{response.count}</dd>
          </dl>
        )}
      </section>
    </main>
  );
}
