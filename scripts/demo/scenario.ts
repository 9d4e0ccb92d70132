/**
 * The demo scenario: loaded from scripts/demo/scenario/*.json and checked, so that a typo in the data
 * is a clear error naming the comment, not a demo that silently shows less.
 *
 * Time is relative: `minutesAgo` is how old a comment is at the moment it appears on the page (at
 * load, or when it arrives live `arriveAtSeconds` after the page opened). The live arrivals cover
 * the radar's recent hour within a few minutes of wall-clock time: the scenario's clock is compressed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ClaimSchema } from '../../lib/db/records';

export const SCENARIO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenario');

/** What the comment is written to be (the demo checks Vigie's verdicts against it). */
export const COMMENT_KINDS = ['ok', 'complaint', 'hostile', 'rumour'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

const CommentSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{1,20}$/, 'a short key: lower-case letters, digits, dashes'),
    /** Key of the comment this one answers; absent for a top-level comment. */
    parent: z.string().optional(),
    /** X: the handle; Facebook: the profile path. */
    author: z.string().min(1).max(100),
    name: z.string().min(1).max(100),
    lang: z.enum(['en', 'fr']),
    kind: z.enum(COMMENT_KINDS),
    /** A register claim id: this rumour is written to match it. Rumours without one match nothing. */
    claim: z.string().optional(),
    minutesAgo: z.number().int().min(0).max(7 * 24 * 60),
    /** Seconds after the page opened; absent: on the page from the start. */
    arriveAtSeconds: z.number().min(0).max(600).optional(),
    text: z.string().min(1).max(2_000),
  })
  .strict();
export type ScenarioComment = z.infer<typeof CommentSchema>;

const PageSchema = z
  .object({
    id: z.string().min(1),
    platform: z.enum(['x', 'facebook']),
    url: z.string().url(),
    uiLang: z.enum(['en', 'fr']),
    viewer: z.string().min(1),
    post: z.object({ author: z.string(), name: z.string(), lang: z.enum(['en', 'fr']), minutesAgo: z.number().int().min(0), text: z.string().min(1) }).strict(),
    comments: z.array(CommentSchema).min(1),
  })
  .strict();
export type ScenarioPage = z.infer<typeof PageSchema>;

const ScenarioSchema = z
  .object({
    title: z.string(),
    about: z.string(),
    brand: z.object({ name: z.string().min(1), handle: z.string().min(1), agentName: z.string().min(1), factsUrl: z.string().url() }).strict(),
    receiver: z.object({ port: z.number().int().min(1024).max(65535), path: z.string().startsWith('/') }).strict(),
    pages: z.array(PageSchema).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;

/** A register entry as written in register.json (timestamps are added when it is seeded). */
export const RegisterEntrySchema = ClaimSchema.omit({ createdAt: true, updatedAt: true });
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export class ScenarioError extends Error {}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ScenarioError(`${file}: ${(e as Error).message}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new ScenarioError(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}

/** Checks what a schema cannot: references, thread shapes, times that make sense. */
export function checkScenario(scenario: Scenario, register: RegisterEntry[]): void {
  const claimIds = new Set(register.map((c) => c.id));
  for (const page of scenario.pages) {
    const where = (c: ScenarioComment) => `page ${page.id}, comment ${c.key}`;
    const seen = new Map<string, ScenarioComment>();
    let previousOnPage: ScenarioComment | null = null;
    let previousArrival: ScenarioComment | null = null;
    for (const c of page.comments) {
      if (seen.has(c.key)) throw new ScenarioError(`${where(c)}: the key is used twice`);
      if (c.claim && !claimIds.has(c.claim)) throw new ScenarioError(`${where(c)}: claim "${c.claim}" is not in register.json`);
      if (c.claim && c.kind !== 'rumour') throw new ScenarioError(`${where(c)}: only a rumour can match a claim`);
      if (c.minutesAgo >= page.post.minutesAgo) throw new ScenarioError(`${where(c)}: posted before the post itself`);
      const live = c.arriveAtSeconds !== undefined;
      if (!live && previousArrival) throw new ScenarioError(`${where(c)}: comments on the page at load must come before the live arrivals`);
      if (live && previousArrival && c.arriveAtSeconds! < previousArrival.arriveAtSeconds!) {
        throw new ScenarioError(`${where(c)}: arrivals must be listed in arrival order`);
      }
      if (c.parent !== undefined) {
        const parent = seen.get(c.parent);
        if (!parent) throw new ScenarioError(`${where(c)}: parent "${c.parent}" is not an earlier comment of this page`);
        if (parent.minutesAgo < c.minutesAgo && parent.arriveAtSeconds === undefined && !live) {
          throw new ScenarioError(`${where(c)}: answers a comment posted after it`);
        }
        // X has no parent attribute: a reply chain is consecutive rows, so a reply must follow its parent.
        if (page.platform === 'x') {
          const before = live ? previousArrival ?? previousOnPage : previousOnPage;
          if (before?.key !== parent.key) throw new ScenarioError(`${where(c)}: on X a reply must come right after the comment it answers`);
        }
      }
      seen.set(c.key, c);
      previousOnPage = c;
      if (live) previousArrival = c;
    }
  }
}

export function loadRegister(dir = SCENARIO_DIR): RegisterEntry[] {
  const file = path.join(dir, 'register.json');
  const entries = parseWith(z.array(RegisterEntrySchema).min(1), readJson(file), file);
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new ScenarioError(`${file}: claim id "${e.id}" is used twice`);
    ids.add(e.id);
  }
  return entries;
}

export function loadScenario(dir = SCENARIO_DIR): { scenario: Scenario; register: RegisterEntry[] } {
  const file = path.join(dir, 'scenario.json');
  const scenario = parseWith(ScenarioSchema, readJson(file), file);
  const register = loadRegister(dir);
  checkScenario(scenario, register);
  return { scenario, register };
}

/** Arrival delays in ms for a run: as written, or squeezed so that the last one lands at `lastAtMs` (--fast). */
export function arrivalDelays(page: ScenarioPage, opts: { lastAtMs?: number } = {}): Map<string, number> {
  const live = page.comments.filter((c) => c.arriveAtSeconds !== undefined);
  const last = Math.max(0, ...live.map((c) => c.arriveAtSeconds!));
  const scale = opts.lastAtMs !== undefined && last > 0 ? opts.lastAtMs / (last * 1000) : 1;
  return new Map(live.map((c) => [c.key, Math.round(c.arriveAtSeconds! * 1000 * scale)]));
}

/** The demo's escalation receiver URL (loopback only: allowed in the demo build, never in production). */
export function receiverUrl(scenario: Scenario): string {
  return `http://127.0.0.1:${scenario.receiver.port}${scenario.receiver.path}`;
}
