/**
 * The demo's summary: what Vigie did, printed short for a person and as one JSON line
 * (`DEMO SUMMARY {...}`) for the test that runs the demo.
 */
export const SUMMARY_PREFIX = 'DEMO SUMMARY ';

export type RadarLevelName = 'calm' | 'watch' | 'alert' | 'crisis';
const LEVELS: RadarLevelName[] = ['calm', 'watch', 'alert', 'crisis'];

export interface PageCounts {
  page: string;
  /** Comments Vigie read (elements carrying data-vigie-id). */
  seen: number;
  hostile: number;
  rumour: number;
  /** Rumours matched to a register claim (their badge names the claim). */
  matched: number;
  /** The same counts as the scenario was written (what a careful moderator would flag). */
  written: { hostile: number; rumour: number };
  /** The sensitivity the page's verdicts used when counted (data-vigie-sensitivity), null if not shown. */
  sensitivity: string | null;
  /** Each scenario comment's flags on the page against what it was written to be. */
  agreement: Agreement;
}

/** A scenario comment: its key and what it was written to be (scripts/demo/scenario.ts). */
export interface WrittenComment {
  key: string;
  kind: 'ok' | 'complaint' | 'hostile' | 'rumour';
}

export interface Agreement {
  /** Comments written hostile, and how many of them the page flags hostile. */
  hostile: { written: number; flagged: number };
  /** Comments written as rumours, and how many of them the page flags as rumours. */
  rumour: { written: number; flagged: number };
  /** Keys of comments written hostile or as rumours that do not carry that flag. */
  missed: string[];
  /** Comments written as ordinary ones or complaints. */
  ordinary: number;
  /** Keys of ordinary comments and complaints that carry a flag (more of them at a higher sensitivity). */
  alsoFlagged: string[];
  /** Keys of comments not on the page (not arrived, or not read). */
  notSeen: string[];
}

/**
 * Compares the scenario's comments with the flags the page shows: `idOfKey` maps a comment's key
 * to its id on the page, `flagsOfId` each id the page marked to its data-vigie-flags.
 */
export function agreementOf(comments: readonly WrittenComment[], idOfKey: ReadonlyMap<string, string>, flagsOfId: Readonly<Record<string, readonly string[]>>): Agreement {
  const out: Agreement = { hostile: { written: 0, flagged: 0 }, rumour: { written: 0, flagged: 0 }, missed: [], ordinary: 0, alsoFlagged: [], notSeen: [] };
  for (const c of comments) {
    const id = idOfKey.get(c.key);
    const flags = id === undefined ? undefined : flagsOfId[id];
    if (c.kind === 'hostile' || c.kind === 'rumour') out[c.kind].written += 1;
    else out.ordinary += 1;
    if (flags === undefined) {
      out.notSeen.push(c.key);
      continue;
    }
    if (c.kind === 'hostile' || c.kind === 'rumour') {
      if (flags.includes(c.kind)) out[c.kind].flagged += 1;
      else out.missed.push(c.key);
    } else if (flags.length > 0) {
      out.alsoFlagged.push(c.key);
    }
  }
  return out;
}

export interface DemoSummary {
  ok: boolean;
  mode: 'headless' | 'window';
  fast: boolean;
  commentsSeen: number;
  flagged: { hostile: number; rumour: number };
  pages: PageCounts[];
  /** Radar level of the X page each time it changed, seconds after the page opened. */
  radar: Array<{ atSeconds: number; level: RadarLevelName }>;
  radarPeak: RadarLevelName | null;
  crisisModeOffered: boolean;
  repliesInserted: number;
  escalationsDelivered: number;
  screenshots: string[];
  /** What did not happen, in words (empty when ok). */
  problems: string[];
}

export function levelAtLeast(level: RadarLevelName | null, floor: RadarLevelName): boolean {
  return level !== null && LEVELS.indexOf(level) >= LEVELS.indexOf(floor);
}

export function peakOf(radar: DemoSummary['radar']): RadarLevelName | null {
  let peak: RadarLevelName | null = null;
  for (const r of radar) if (peak === null || LEVELS.indexOf(r.level) > LEVELS.indexOf(peak)) peak = r.level;
  return peak;
}

/** The demo succeeded when all four happened: flags, an insertion read back, a delivery, the radar at alert. */
export function problemsOf(s: Omit<DemoSummary, 'ok' | 'problems'>): string[] {
  const problems: string[] = [];
  if (s.flagged.hostile + s.flagged.rumour === 0) problems.push('no comment was flagged');
  if (s.repliesInserted < 1) problems.push('no reply was inserted and read back from the editor');
  if (s.escalationsDelivered < 1) problems.push('no escalation reached the local receiver');
  if (!levelAtLeast(s.radarPeak, 'alert')) problems.push(`the radar did not reach "alert" (peak: ${s.radarPeak ?? 'none'})`);
  return problems;
}

export function formatSummary(s: DemoSummary): string {
  const lines = [
    '',
    `Vigie demo ${s.ok ? 'finished' : 'FAILED'}${s.fast ? ' (fast schedule)' : ''}`,
    `  comments seen: ${s.commentsSeen}  (${s.pages.map((p) => `${p.page} ${p.seen}`).join(', ')})`,
    `  flagged: hostile ${s.flagged.hostile}, rumour ${s.flagged.rumour}`,
    ...s.pages.map(agreementLine),
    `  register matches: ${s.pages.reduce((n, p) => n + p.matched, 0)}`,
    `  radar (X page): ${s.radar.length ? s.radar.map((r) => `${r.level} at ${r.atSeconds}s`).join(' → ') : 'never shown'}`,
    `  crisis mode offered: ${s.crisisModeOffered ? 'yes' : 'no'}`,
    `  replies inserted: ${s.repliesInserted}`,
    `  escalations delivered: ${s.escalationsDelivered}`,
  ];
  if (s.screenshots.length) lines.push(`  screenshots: ${s.screenshots.length} in ${commonDir(s.screenshots)}`);
  for (const p of s.problems) lines.push(`  problem: ${p}`);
  return lines.join('\n');
}

/** One page's flags against the scenario, in words. */
export function agreementLine(p: PageCounts): string {
  const a = p.agreement;
  const at = p.sensitivity ? ` at the ${p.sensitivity} sensitivity` : '';
  const parts = [
    `    ${p.page}${at}: ${a.hostile.flagged} of ${a.hostile.written} comments written hostile flagged hostile, ${a.rumour.flagged} of ${a.rumour.written} rumours flagged as rumours`,
  ];
  if (a.missed.length) parts.push(`missed: ${a.missed.join(', ')}`);
  if (a.alsoFlagged.length) parts.push(`${a.alsoFlagged.length} of ${a.ordinary} ordinary comments or complaints flagged too (${a.alsoFlagged.join(', ')})`);
  if (a.notSeen.length) parts.push(`not on the page: ${a.notSeen.join(', ')}`);
  return parts.join('; ');
}

function commonDir(files: string[]): string {
  const first = files[0];
  return first.slice(0, first.lastIndexOf('/') + 1);
}

export function summaryLine(s: DemoSummary): string {
  return `${SUMMARY_PREFIX}${JSON.stringify(s)}`;
}

/** Reads the JSON summary line from a run's output (for the test). */
export function parseSummary(output: string): DemoSummary {
  const line = output.split('\n').find((l) => l.startsWith(SUMMARY_PREFIX));
  if (!line) throw new Error(`no "${SUMMARY_PREFIX.trim()}" line in the demo's output`);
  return JSON.parse(line.slice(SUMMARY_PREFIX.length)) as DemoSummary;
}
