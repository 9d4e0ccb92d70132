/**
 * npm run eval -- --task radar --data FILE.jsonl
 * Rows `{"postedAt","verdict"}` (ISO time; hostile | rumour | ok; optional threadId, commentId,
 * claimId), in any order, replayed through the radar with its default settings as if the moderator
 * had watched the page from the first comment to one window after the last. Prints one JSON line per
 * level change `{"at","level","reason"}` and, last,
 * `{"task":"radar","n","firstAlertAt","maxLevel","minutesAtLevel":{"calm","watch","alert","crisis"}}`.
 */
import { DEFAULT_RADAR_SETTINGS, dedupObservations, replayRadarDetailed, type Observation } from '../../lib/radar';
import { observationFromRow } from '../../lib/radar/parse';
import { stringArg, UsageError } from '../lib/args';
import { InputError, readJsonl, resolveUserPath } from '../lib/jsonl';

const KNOWN = new Set(['task', 'data']);

export function loadSeries(file: string): Observation[] {
  const observations: Observation[] = [];
  for (const { line, row } of readJsonl(file)) {
    const o = observationFromRow(row, `line-${line}`);
    if (typeof o === 'string') throw new InputError(`${file}: line ${line}: ${o}`);
    observations.push(o);
  }
  return observations;
}

export async function run(args: Map<string, string | true>): Promise<void> {
  for (const k of args.keys()) if (!KNOWN.has(k)) throw new UsageError(`unknown option --${k} (radar takes --data FILE.jsonl)`);
  const data = stringArg(args, 'data');
  if (!data) throw new UsageError('--data FILE.jsonl is required');
  const observations = loadSeries(resolveUserPath(data));
  const replay = replayRadarDetailed(observations, DEFAULT_RADAR_SETTINGS);
  for (const c of replay.changes) console.log(JSON.stringify({ at: c.at, level: c.level, reason: c.reason }));
  console.log(
    JSON.stringify({
      task: 'radar',
      n: dedupObservations(observations).length,
      firstAlertAt: replay.firstAlertAt,
      maxLevel: replay.maxLevel,
      minutesAtLevel: replay.minutesAtLevel,
    }),
  );
}
