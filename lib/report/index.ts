/**
 * After-action report for a chosen period: what was flagged, answered, dismissed and escalated,
 * how fast, and what the radar said; as Markdown (for people) and CSV (for spreadsheets), in
 * English or French. Pure: the caller reads observations, audit and escalations from Dexie.
 */
import Papa from 'papaparse';
import {
  DEFAULT_RADAR_SETTINGS,
  RADAR_LEVELS,
  dedupObservations,
  radarReasonText,
  replayRadarDetailed,
  type Observation,
  type RadarLevel,
  type RadarSettings,
} from '../radar';
import { escapeMarkdown, escapeTableCell, markdownTable } from './markdown';
import { responseStats, responseTimes } from './response-times';
import { formatNumber, formatTime, reportText, type ReportStringKey } from './strings';
import type { AfterActionReport, EscalationRecord, ReportInput, ReportLocale, ReportSummary } from './types';

export type { AuditEntry, EscalationRecord, ReportInput, ReportSummary, AfterActionReport, ResponseTime, ResponseStats, ReportLocale } from './types';
export { responseTimes, responseStats } from './response-times';
export { escapeMarkdown } from './markdown';

/** Tables longer than this are cut in the Markdown (the CSV keeps every row). */
export const MARKDOWN_ROW_LIMIT = 50;
const TOP = 5;

export function afterActionReport(input: ReportInput, radarSettings: RadarSettings = DEFAULT_RADAR_SETTINGS): AfterActionReport {
  const from = input.from.getTime();
  const to = input.to.getTime();
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('afterActionReport: invalid period');
  if (to <= from) throw new RangeError('afterActionReport: the period must end after it starts');
  const locale: ReportLocale = input.locale ?? 'en';
  const inPeriod = (iso: string | null | undefined) => {
    const t = iso ? Date.parse(iso) : NaN;
    return t >= from && t < to;
  };

  const all = dedupObservations(input.observations);
  const comments = all.filter((o) => inPeriod(o.postedAt));
  const audit = input.audit.filter((e) => inPeriod(e.at));
  const escalations = input.escalations.filter((e) => inPeriod(e.createdAt));

  const firstOf = (kind: string) => {
    const m = new Map<string, string>();
    for (const e of [...audit].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
      if (e.kind === kind && e.commentId && !m.has(e.commentId)) m.set(e.commentId, e.at);
    }
    return m;
  };
  const dismissedAt = firstOf('dismiss');
  const escalatedAt = firstOf('escalate');
  const escalationOf = new Map<string, EscalationRecord>();
  for (const e of [...escalations].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))) {
    if (!e.commentId) continue;
    if (!escalatedAt.has(e.commentId)) escalatedAt.set(e.commentId, e.createdAt);
    if (!escalationOf.has(e.commentId)) escalationOf.set(e.commentId, e);
  }
  const times = responseTimes(comments, audit);
  const answeredAt = new Map(times.map((t) => [t.commentId, t]));

  const flagged = comments.filter((o) => o.verdict !== 'ok');
  const handled = (o: Observation) => answeredAt.has(o.commentId) || dismissedAt.has(o.commentId) || escalatedAt.has(o.commentId);
  const escalationsByStatus: Record<string, number> = {};
  for (const e of escalations) escalationsByStatus[e.status] = (escalationsByStatus[e.status] ?? 0) + 1;

  const summary: ReportSummary = {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    comments: {
      total: comments.length,
      hostile: comments.filter((o) => o.verdict === 'hostile').length,
      rumour: comments.filter((o) => o.verdict === 'rumour').length,
    },
    flagged: flagged.length,
    flaggedAnswered: flagged.filter((o) => answeredAt.has(o.commentId)).length,
    flaggedDismissed: flagged.filter((o) => dismissedAt.has(o.commentId)).length,
    flaggedEscalated: flagged.filter((o) => escalatedAt.has(o.commentId)).length,
    flaggedUnhandled: flagged.filter((o) => !handled(o)).length,
    repliesInserted: audit.filter((e) => e.kind === 'insert').length,
    escalations: escalations.length,
    escalationsByStatus,
    responseMinutes: responseStats(times),
    radar: radarOverPeriod(all, from, to, radarSettings),
    crisisModeSwitches: { on: audit.filter((e) => e.kind === 'crisis_on').length, off: audit.filter((e) => e.kind === 'crisis_off').length },
    topThreads: topThreads(comments),
    topClaims: topClaims(comments),
  };
  const radarChanges = radarChangesInPeriod(all, from, to, radarSettings);

  const rows = comments
    .filter((o) => o.verdict !== 'ok' || handled(o))
    .map((o) => ({ o, answer: answeredAt.get(o.commentId), esc: escalationOf.get(o.commentId) }));
  const csvKeys = ['commentId', 'threadId', 'postedAt', 'verdict', 'claimId', 'answeredAt', 'responseMinutes', 'dismissedAt', 'escalatedAt', 'escalationStatus'] as const;
  const csvBody = Papa.unparse(
    {
      fields: csvKeys.map((k) => reportText(locale, `csv.${k}` as ReportStringKey)),
      data: rows.map(({ o, answer, esc }) => [
        o.commentId,
        o.threadId ?? '',
        o.postedAt,
        o.verdict,
        o.claimId ?? '',
        answer?.answeredAt ?? '',
        answer ? answer.minutes : '',
        dismissedAt.get(o.commentId) ?? '',
        escalatedAt.get(o.commentId) ?? '',
        esc?.status ?? '',
      ]),
    },
    // A cell starting with = + - @ would run as a formula in a spreadsheet: prefixed with a quote.
    { escapeFormulae: true, newline: '\r\n' },
  );
  // Every record ends with CRLF (RFC 4180), the header-only file included.
  const csv = csvBody.endsWith('\r\n') ? csvBody : `${csvBody}\r\n`;

  return { markdown: renderMarkdown(summary, radarChanges, times, escalations, locale), csv, summary };
}

function radarChangesInPeriod(all: Observation[], from: number, to: number, s: RadarSettings) {
  // Replay from one baseline before the period so the radar starts the period warmed up.
  const since = from - (s.windowMinutes + s.baselineMinutes) * 60_000;
  const window = all.filter((o) => {
    const t = Date.parse(o.postedAt);
    return t >= since && t < to;
  });
  const replay = replayRadarDetailed(window, s);
  return { replay, changes: replay.changes.filter((c) => Date.parse(c.at) >= from && Date.parse(c.at) < to) };
}

function radarOverPeriod(all: Observation[], from: number, to: number, s: RadarSettings): ReportSummary['radar'] {
  const { replay, changes } = radarChangesInPeriod(all, from, to, s);
  // The level at each instant of the period, from the replay's changes (calm outside the replay).
  const minutesAtLevel: Record<RadarLevel, number> = { calm: 0, watch: 0, alert: 0, crisis: 0 };
  let level: RadarLevel = 'calm';
  for (const c of replay.changes) if (Date.parse(c.at) < from) level = c.level;
  let t = from;
  const end = replay.end ? Math.min(to, Date.parse(replay.end)) : from;
  for (const c of changes) {
    const at = Date.parse(c.at);
    minutesAtLevel[level] += (at - t) / 60_000;
    t = at;
    level = c.level;
  }
  if (end > t) minutesAtLevel[level] += (end - t) / 60_000;
  minutesAtLevel.calm += (to - Math.max(t, end)) / 60_000;
  let maxLevel: RadarLevel = 'calm';
  const levelsSeen = new Set<RadarLevel>([...changes.map((c) => c.level)]);
  // The level the period started in counts too.
  for (const l of RADAR_LEVELS) if (minutesAtLevel[l] > 0 || levelsSeen.has(l)) maxLevel = l;
  for (const l of RADAR_LEVELS) minutesAtLevel[l] = Math.round(minutesAtLevel[l] * 10) / 10;
  const firstAlert = changes.find((c) => c.level === 'alert' || c.level === 'crisis');
  return { maxLevel, firstAlertAt: firstAlert?.at ?? null, minutesAtLevel, changes: changes.length };
}

function topThreads(comments: Observation[]): ReportSummary['topThreads'] {
  const m = new Map<string, { threadId: string; total: number; hostile: number; rumour: number }>();
  for (const o of comments) {
    if (!o.threadId) continue;
    let t = m.get(o.threadId);
    if (!t) m.set(o.threadId, (t = { threadId: o.threadId, total: 0, hostile: 0, rumour: 0 }));
    t.total++;
    if (o.verdict === 'hostile') t.hostile++;
    if (o.verdict === 'rumour') t.rumour++;
  }
  return [...m.values()]
    .filter((t) => t.hostile + t.rumour > 0)
    .sort((a, b) => b.hostile + b.rumour - (a.hostile + a.rumour) || b.total - a.total || a.threadId.localeCompare(b.threadId))
    .slice(0, TOP);
}

function topClaims(comments: Observation[]): ReportSummary['topClaims'] {
  const m = new Map<string, number>();
  for (const o of comments) if (o.verdict === 'rumour' && o.claimId) m.set(o.claimId, (m.get(o.claimId) ?? 0) + 1);
  return [...m.entries()]
    .map(([claimId, count]) => ({ claimId, count }))
    .sort((a, b) => b.count - a.count || a.claimId.localeCompare(b.claimId))
    .slice(0, TOP);
}

function renderMarkdown(
  s: ReportSummary,
  radar: ReturnType<typeof radarChangesInPeriod>,
  times: ReturnType<typeof responseTimes>,
  escalations: EscalationRecord[],
  locale: ReportLocale,
): string {
  const t = (k: ReportStringKey, p?: Record<string, string | number>) => reportText(locale, k, p);
  const n = (x: number) => formatNumber(locale, x);
  const pct = (a: number, b: number) => (b > 0 ? ` (${Math.round((a / b) * 100)}${locale === 'fr' ? ' %' : '%'})` : '');
  const lvl = (l: RadarLevel) => t(`level.${l}` as ReportStringKey);
  const out: string[] = [];
  const more = (total: number) => (total > MARKDOWN_ROW_LIMIT ? [`\n_${t('more', { n: total - MARKDOWN_ROW_LIMIT })}_`] : []);

  out.push(`# ${t('title')}`, '', `**${t('period')}** ${formatTime(s.from)} → ${formatTime(s.to)}. ${t('generated')}`, '');
  out.push(`## ${t('summary')}`, '');
  const rm = s.responseMinutes;
  out.push(
    markdownTable(
      [t('figure'), t('value')],
      [
        [t('commentsSeen'), n(s.comments.total)],
        [t('hostile'), `${n(s.comments.hostile)}${pct(s.comments.hostile, s.comments.total)}`],
        [t('rumours'), `${n(s.comments.rumour)}${pct(s.comments.rumour, s.comments.total)}`],
        [t('flagged'), n(s.flagged)],
        [t('answered'), `${n(s.flaggedAnswered)}${pct(s.flaggedAnswered, s.flagged)}`],
        [t('dismissed'), n(s.flaggedDismissed)],
        [t('escalated'), n(s.flaggedEscalated)],
        [t('unhandled'), n(s.flaggedUnhandled)],
        [t('repliesInserted'), n(s.repliesInserted)],
        [t('escalations'), n(s.escalations)],
        [t('medianResponse'), rm ? `${n(rm.median)} ${t('minutes')}` : t('noResponse')],
        [t('p90Response'), rm ? `${n(rm.p90)} ${t('minutes')}` : t('noResponse')],
        [t('crisisMode'), `${n(s.crisisModeSwitches.on)} / ${n(s.crisisModeSwitches.off)}`],
      ],
    ),
    '',
  );

  out.push(`## ${t('radar')}`, '');
  out.push(`- ${t('maxLevel')} **${lvl(s.radar.maxLevel)}**`);
  out.push(`- ${t('firstAlert')} ${s.radar.firstAlertAt ? formatTime(s.radar.firstAlertAt) : t('none')}`, '');
  out.push(markdownTable([t('level'), t('timeAtLevel')], RADAR_LEVELS.map((l) => [lvl(l), `${n(s.radar.minutesAtLevel[l])} ${t('minutes')}`])), '');
  if (radar.changes.length > 0) {
    out.push(`### ${t('levelChanges')}`, '');
    out.push(
      markdownTable(
        [t('time'), t('level'), t('reason')],
        radar.changes.slice(0, MARKDOWN_ROW_LIMIT).map((c) => [formatTime(c.at), lvl(c.level), escapeTableCell(radarReasonText(c.reasonKey, c.reasonParams, locale))]),
      ),
      ...more(radar.changes.length),
      '',
    );
  }

  out.push(`## ${t('hottestThreads')}`, '');
  out.push(
    s.topThreads.length
      ? markdownTable(
          [t('thread'), t('comments'), t('hostile'), t('rumours')],
          s.topThreads.map((x) => [escapeMarkdown(x.threadId), n(x.total), n(x.hostile), n(x.rumour)]),
        )
      : t('nothing'),
    '',
  );
  out.push(`## ${t('topRumours')}`, '');
  out.push(s.topClaims.length ? markdownTable([t('claim'), t('count')], s.topClaims.map((c) => [escapeMarkdown(c.claimId), n(c.count)])) : t('nothing'), '');

  out.push(`## ${t('escalationQueue')}`, '');
  if (escalations.length) {
    const statuses = Object.entries(s.escalationsByStatus).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(`${t('byStatus')} ${statuses.map(([k, v]) => `${escapeMarkdown(k)} ${n(v)}`).join(', ')}`, '');
    const sorted = [...escalations].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    out.push(
      markdownTable(
        [t('id'), t('created'), t('status'), t('comment')],
        sorted.slice(0, MARKDOWN_ROW_LIMIT).map((e) => [escapeMarkdown(e.id), formatTime(e.createdAt), escapeMarkdown(e.status), escapeMarkdown(e.commentId ?? '')]),
      ),
      ...more(sorted.length),
      '',
    );
  } else out.push(t('nothing'), '');

  out.push(`## ${t('responseTimes')}`, '');
  out.push(
    times.length
      ? markdownTable(
          [t('comment'), t('posted'), t('answeredAt'), t('wait')],
          times.slice(0, MARKDOWN_ROW_LIMIT).map((r) => [escapeMarkdown(r.commentId), formatTime(r.postedAt), formatTime(r.answeredAt), n(r.minutes)]),
        )
      : t('nothing'),
    ...more(times.length),
    '',
  );
  return out.join('\n');
}

