/**
 * npm run eval -- --task match --register REGISTER.json --data FILE.jsonl [--sensitivity balanced] [--errors]
 *
 * Register: a JSON array of {"id","statement","lang"} (optional "variants", "keywords", "active").
 * Rows: {"text","lang","claim"} where claim is the id of the claim the text repeats, or null.
 * For each row the matcher picks its best active claim at the sensitivity's threshold, or none.
 * Last line: {"task":"match","n","precision","recall","f1","falseMatchRate","byLang":{...}}
 *   precision: correct matches / matches made (a match is correct only if it is the right claim);
 *   recall: correct matches / rows that have a claim; falseMatchRate: matches / rows whose claim is null.
 * --errors prints each wrong row (as JSON) before the figures.
 */
import { readFileSync } from 'node:fs';
import { bestClaim, compileRegister, type ClaimInput } from '../../lib/classify/match';
import { SENSITIVITIES, type Sensitivity } from '../../lib/types';
import { stringArg, UsageError } from '../lib/args';
import { InputError, readJsonl, resolveUserPath } from '../lib/jsonl';

export interface MatchFigures {
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falseMatchRate: number | null;
}

const round = (x: number | null) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10000) / 10000);

export function matchFigures(rows: Array<{ truth: string | null; predicted: string | null }>): MatchFigures {
  let made = 0, correct = 0, withClaim = 0, withoutClaim = 0, falseMatches = 0;
  for (const r of rows) {
    if (r.predicted !== null) made++;
    if (r.predicted !== null && r.predicted === r.truth) correct++;
    if (r.truth !== null) withClaim++;
    else {
      withoutClaim++;
      if (r.predicted !== null) falseMatches++;
    }
  }
  const precision = made > 0 ? correct / made : null;
  const recall = withClaim > 0 ? correct / withClaim : null;
  const f1 = precision !== null && recall !== null ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : null;
  const falseMatchRate = withoutClaim > 0 ? falseMatches / withoutClaim : null;
  return { n: rows.length, precision: round(precision), recall: round(recall), f1: round(f1), falseMatchRate: round(falseMatchRate) };
}

/** Reads and checks a register file; errors name the entry (1-based) and the field. */
export function readRegister(file: string): ClaimInput[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: cannot read the register as JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new InputError(`${file}: expected a JSON array of register entries`);
  const seen = new Set<string>();
  return data.map((entry, i) => {
    const where = `${file}: entry ${i + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new InputError(`${where}: expected an object`);
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'string' || !e.id) throw new InputError(`${where}: "id" must be a non-empty string`);
    if (seen.has(e.id)) throw new InputError(`${where}: id "${e.id}" is used twice`);
    seen.add(e.id);
    if (typeof e.statement !== 'string' || !e.statement.trim()) throw new InputError(`${where}: "statement" must be a non-empty string`);
    if (typeof e.lang !== 'string') throw new InputError(`${where}: "lang" must be a string`);
    for (const field of ['variants', 'keywords'] as const) {
      const v = e[field];
      if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) throw new InputError(`${where}: "${field}" must be an array of strings`);
    }
    if (e.active !== undefined && typeof e.active !== 'boolean') throw new InputError(`${where}: "active" must be true or false`);
    return {
      id: e.id,
      statement: e.statement,
      lang: e.lang,
      variants: e.variants as string[] | undefined,
      keywords: e.keywords as string[] | undefined,
      active: e.active as boolean | undefined,
    };
  });
}

export async function run(args: Map<string, string | true>): Promise<void> {
  const registerPath = stringArg(args, 'register');
  const dataPath = stringArg(args, 'data');
  if (!registerPath) throw new UsageError('--register REGISTER.json is required');
  if (!dataPath) throw new UsageError('--data FILE.jsonl is required');
  const sensitivity = (stringArg(args, 'sensitivity') ?? 'balanced') as Sensitivity;
  if (!SENSITIVITIES.includes(sensitivity)) throw new UsageError(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
  const showErrors = args.get('errors') === true;

  const claims = readRegister(resolveUserPath(registerPath));
  const ids = new Set(claims.map((c) => c.id));
  const file = resolveUserPath(dataPath);
  const rows = readJsonl(file).map(({ line, row }) => {
    if (typeof row.text !== 'string') throw new InputError(`${file}: line ${line}: "text" must be a string`);
    if (row.claim !== null && typeof row.claim !== 'string') throw new InputError(`${file}: line ${line}: "claim" must be a claim id or null`);
    if (typeof row.claim === 'string' && !ids.has(row.claim)) throw new InputError(`${file}: line ${line}: claim "${row.claim}" is not in the register`);
    if (row.lang !== undefined && typeof row.lang !== 'string') throw new InputError(`${file}: line ${line}: "lang" must be a string`);
    return { line, text: row.text, lang: (row.lang as string | undefined) ?? 'unknown', truth: row.claim as string | null };
  });

  const register = compileRegister(claims);
  const results = rows.map((r) => {
    const match = bestClaim(r.text, register, sensitivity);
    return { ...r, predicted: match?.claimId ?? null, score: match?.score ?? null };
  });
  if (showErrors) {
    for (const r of results) if (r.predicted !== r.truth) console.log(JSON.stringify({ line: r.line, text: r.text, truth: r.truth, predicted: r.predicted, score: r.score }));
  }
  const byLang: Record<string, MatchFigures> = {};
  for (const lang of [...new Set(results.map((r) => r.lang))].sort()) byLang[lang] = matchFigures(results.filter((r) => r.lang === lang));
  console.log(JSON.stringify({ task: 'match', ...matchFigures(results), byLang }));
}
