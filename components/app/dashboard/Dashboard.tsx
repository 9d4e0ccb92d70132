import { useEffect, useMemo, useState } from 'preact/hooks';
import { claims, escalations, watchAudit, watchObservations, watchSettings } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { useLocale, useObservable } from '../hooks';
import { chartData, hottestThreads, periodRange, queueSummary, responseSummary, topRumours, type DashPeriod } from './data';
import { DashboardView } from './DashboardView';

/** A clock that ticks every minute, so the period slides while the dashboard stays open. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The dashboard page: live from the database (liveQuery), recomputed when data or period change. */
export function Dashboard() {
  const settings = useObservable(watchSettings);
  const locale = useLocale(settings);
  const [period, setPeriod] = useState<DashPeriod>('24h');
  const now = useMinuteClock();
  const { from } = periodRange(period, now);
  const since = from.getTime();
  const observations = useObservable(() => watchObservations(new Date(since)), [since]);
  const inserts = useObservable(() => watchAudit({ from: new Date(since).toISOString(), kinds: ['insert'] }), [since]);
  const register = useObservable(() => claims.watch());
  const queue = useObservable(() => escalations.watch());

  useEffect(() => {
    document.title = t('dash.title');
  }, [locale]);

  const view = useMemo(() => {
    const obs = observations ?? [];
    const summary = queueSummary(queue ?? []);
    return {
      chart: chartData(obs, period, now, locale),
      threads: hottestThreads(obs),
      rumours: topRumours(obs, register ?? []),
      queue: {
        counts: summary.counts,
        latest: summary.latest.map((e) => ({
          id: e.id,
          status: e.status,
          createdAt: e.createdAt,
          author: e.packet.comment.author,
          excerpt: e.packet.comment.text.slice(0, 160),
        })),
      },
      response: responseSummary(obs, inserts ?? []),
    };
  }, [observations, inserts, register, queue, period, now, locale]);

  if (!observations) return <main class="dashboard" aria-busy="true" />;
  return <DashboardView period={period} onPeriod={setPeriod} {...view} />;
}
