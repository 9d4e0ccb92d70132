/**
 * Ranked reply suggestions for one comment. The index is built once per library state (the
 * background rebuilds it when replies change); a query scores every eligible reply with a few
 * integer-ish weights and keeps the best few, so a 5,000-reply library answers in a few
 * milliseconds.
 *
 * Order of precedence, from the weights below:
 *  1. language above all: a French comment gets every suitable French reply before any English
 *     one (a moderator must never have to translate an approved text under pressure);
 *  2. a reply linked to the rumour-register claim the comment matched (the team's answer to exactly
 *     that rumour), even in crisis mode: it is more specific than any holding line;
 *  3. in crisis mode, holding statements;
 *  4. category (from the verdict and the comment's words);
 *  5. text similarity (MiniSearch, BM25) and past use break ties within those.
 * Only approved, unexpired replies written for the platform and short enough for it are suggested.
 */
import MiniSearch from 'minisearch';
import { PLATFORMS, type Lang, type Platform, type Verdict, type VerdictKind } from '../types';
import { categoriesFor } from './categorize';
import { measureLength, platformsOf } from './length';
import type { Reply, ReplyCategory, ReplyLang } from './schema';
import { splitWords, termOf, withoutPlaceholders, wordsByTerm } from './text';

export interface SuggestContext {
  commentText: string;
  kinds: VerdictKind[];
  lang: Lang;
  /** The rumour-register claim the comment matched, if any. */
  claimId?: string | null;
  crisisMode: boolean;
  platform: Platform;
  /** Expiry is judged at this instant (default: now). */
  now?: Date;
  /** The moderator's explicit category filter: it ranks first. */
  category?: ReplyCategory | null;
  /** Used when the comment's language is 'other': the moderator's own language. */
  preferredLang?: ReplyLang | null;
}

export type WhyKey = 'claim' | 'holding' | 'category' | 'lang' | 'similar' | 'used';

export interface SuggestReason {
  key: WhyKey;
  params?: Record<string, string | number>;
  /** English; the UI translates from key and params. */
  text: string;
}

export interface Suggestion {
  reply: Reply;
  score: number;
  why: SuggestReason[];
}

export const RANK_WEIGHTS = {
  claim: 1000,
  holdingInCrisis: 500,
  /** The first category; each following one gets half the previous. */
  category: 60,
  sameLang: 40,
  /** Larger than every bonus together: a reply in the comment's language always ranks above one that is not. */
  otherLang: -2000,
  preferredLang: 10,
  /** A correction linked to some other claim is the wrong answer to this rumour. */
  otherClaim: -50,
  similarity: 25,
  useMax: 10,
} as const;

/** Shown in `why`; a weaker similarity is not worth a line. */
const SIMILARITY_REASON_MIN = 5;
/** A comment's first distinct terms are enough to find similar replies and bound the query cost. */
const MAX_QUERY_TERMS = 40;

const CATEGORY_REASON: Record<ReplyCategory, string> = {
  hostile: 'for hostile comments',
  rumour: 'corrects rumours',
  complaint: 'for complaints',
  question: 'answers questions',
  praise: 'thanks for praise',
  holding: 'holding statement',
  other: 'general reply',
};

interface Entry {
  reply: Reply;
  expiresMs: number;
  categories: ReadonlySet<ReplyCategory>;
  claimIds: ReadonlySet<string>;
  usePoints: number;
}

function usePoints(useCount: number): number {
  return Math.min(RANK_WEIGHTS.useMax, 3 * Math.log2(1 + useCount));
}

function usedText(n: number): string {
  return n === 1 ? 'used once' : `used ${n} times`;
}

interface Doc {
  id: number;
  text: string;
}

function newShard(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
    fields: ['text'],
    tokenize: splitWords,
    processTerm: (t) => termOf(t) ?? null,
    searchOptions: { combineWith: 'OR', prefix: (t) => t.length >= 5 },
  });
}

/**
 * Text search is split into one MiniSearch per language and category ("fr:complaint"): a query
 * first scores every eligible reply without text (cheap), then runs the text search only on the
 * shards holding replies that similarity could still lift into the top few, which for a large
 * library is a small fraction of it.
 */
export class ReplyIndex {
  private readonly entries: Entry[] = [];
  /** Entry positions per platform: written for it and within its length limit. */
  private readonly byPlatform = new Map<Platform, number[]>();
  private readonly shards = new Map<string, MiniSearch<Doc>>();
  /** Per-query scratch, allocated once: a query then allocates little beyond its results. */
  private readonly scratchIds: Int32Array;
  private readonly scratchBase: Float64Array;

  constructor(replies: readonly Reply[]) {
    for (const reply of replies) {
      if (reply.status !== 'approved') continue;
      this.entries.push({
        reply,
        expiresMs: reply.expiresAt === null ? Infinity : Date.parse(reply.expiresAt),
        categories: new Set(reply.categories),
        claimIds: new Set(reply.claimIds),
        usePoints: usePoints(reply.useCount),
      });
    }
    for (const p of PLATFORMS) this.byPlatform.set(p, []);
    const docs = new Map<string, Doc[]>();
    this.entries.forEach((e, id) => {
      for (const p of platformsOf(e.reply)) {
        // The raw body (placeholders unfilled) already over the limit can never be inserted there.
        if (!measureLength(e.reply.body, p).over) this.byPlatform.get(p)!.push(id);
      }
      const text = `${e.reply.title} ${withoutPlaceholders(e.reply.body)} ${e.reply.tags.join(' ')}`;
      for (const c of e.categories) {
        const key = shardKey(e.reply.lang, c);
        if (!docs.has(key)) docs.set(key, []);
        docs.get(key)!.push({ id, text });
      }
    });
    for (const [key, list] of docs) {
      const shard = newShard();
      shard.addAll(list);
      this.shards.set(key, shard);
    }
    this.scratchIds = new Int32Array(this.entries.length);
    this.scratchBase = new Float64Array(this.entries.length);
  }

  /** Approved replies held (suggestable ones are a subset, depending on time and platform). */
  get size(): number {
    return this.entries.length;
  }

  suggest(ctx: SuggestContext, limit = 5): Suggestion[] {
    if (limit <= 0) return [];
    const nowMs = (ctx.now ?? new Date()).getTime();
    const wanted = categoriesFor(ctx);
    const claimId = ctx.claimId || null;

    // Pass 1: every eligible reply's score without text similarity, and the limit-th best of those.
    const ids = this.scratchIds;
    const base = this.scratchBase;
    let n = 0;
    const best: number[] = []; // descending, at most `limit` long
    for (const i of this.byPlatform.get(ctx.platform) ?? []) {
      const e = this.entries[i];
      if (e.expiresMs <= nowMs) continue;
      let score = e.usePoints + categoryPoints(wanted, e.categories) + langPoints(ctx, e.reply.lang);
      if (claimId && e.claimIds.has(claimId)) score += RANK_WEIGHTS.claim;
      else if (e.claimIds.size) score += RANK_WEIGHTS.otherClaim;
      if (ctx.crisisMode && e.categories.has('holding')) score += RANK_WEIGHTS.holdingInCrisis;
      ids[n] = i;
      base[n++] = score;
      if (best.length < limit || score > best[best.length - 1]) {
        let at = best.length;
        while (at > 0 && score > best[at - 1]) at--;
        best.splice(at, 0, score);
        if (best.length > limit) best.pop();
      }
    }
    if (n === 0) return [];

    // Pass 2: only replies within reach of the top after similarity can end up in it.
    const floor = best[best.length - 1] - RANK_WEIGHTS.similarity;
    const candidates: Array<{ i: number; base: number; shard: string }> = [];
    for (let k = 0; k < n; k++) {
      if (base[k] < floor) continue;
      const e = this.entries[ids[k]];
      const category = wanted.find((c) => e.categories.has(c)) ?? e.reply.categories[0];
      candidates.push({ i: ids[k], base: base[k], shard: shardKey(e.reply.lang, category) });
    }
    const written = wordsByTerm(ctx.commentText);
    const raw = this.textScores([...written.keys()].slice(0, MAX_QUERY_TERMS), new Set(candidates.map((c) => c.shard)));
    // Each shard has its own term statistics, so scores are compared within a shard: its best
    // candidate match gets the full similarity weight.
    const bestRaw = new Map<string, number>();
    for (const c of candidates) {
      const score = raw.get(c.shard)?.get(c.i)?.score ?? 0;
      if (score > (bestRaw.get(c.shard) ?? 0)) bestRaw.set(c.shard, score);
    }

    const top: Array<{ entry: Entry; score: number; sim: number; terms: string[] }> = [];
    for (const c of candidates) {
      const e = this.entries[c.i];
      const hit = raw.get(c.shard)?.get(c.i);
      const shardBest = bestRaw.get(c.shard) ?? 0;
      const sim = hit && shardBest > 0 ? (RANK_WEIGHTS.similarity * hit.score) / shardBest : 0;
      const score = c.base + sim;
      if (top.length === limit && !beats(score, e, top[top.length - 1])) continue;
      let at = top.length;
      while (at > 0 && beats(score, e, top[at - 1])) at--;
      top.splice(at, 0, { entry: e, score, sim, terms: hit?.terms ?? [] });
      if (top.length > limit) top.pop();
    }
    return top.map((t) => ({
      reply: t.entry.reply,
      score: Math.round(t.score * 100) / 100,
      why: explain(t.entry, t.sim, t.terms.map((term) => written.get(term) ?? term), wanted, ctx, claimId),
    }));
  }

  /** BM25 score and matched query terms per entry, for each named shard. */
  private textScores(terms: string[], shards: Set<string>): Map<string, Map<number, { score: number; terms: string[] }>> {
    const out = new Map<string, Map<number, { score: number; terms: string[] }>>();
    if (!terms.length) return out;
    for (const key of shards) {
      const shard = this.shards.get(key);
      if (!shard) continue;
      // Terms are already processed: hand them over as they are rather than re-tokenising.
      const results = shard.search({ queries: terms, combineWith: 'OR' }, { tokenize: (s) => [s], processTerm: (t) => t });
      const scores = new Map<number, { score: number; terms: string[] }>();
      for (const r of results) scores.set(r.id as number, { score: r.score, terms: r.queryTerms });
      out.set(key, scores);
    }
    return out;
  }
}

function shardKey(lang: ReplyLang, category: ReplyCategory): string {
  return `${lang}:${category}`;
}

/** True when (score, entry) ranks above `other`: score, then use, then title and id for a stable order. */
function beats(score: number, e: Entry, other: { entry: Entry; score: number }): boolean {
  if (score !== other.score) return score > other.score;
  const a = e.reply;
  const b = other.entry.reply;
  if (a.useCount !== b.useCount) return a.useCount > b.useCount;
  if (a.title !== b.title) return a.title < b.title;
  return a.id < b.id;
}

function categoryPoints(wanted: readonly ReplyCategory[], has: ReadonlySet<ReplyCategory>): number {
  for (let i = 0; i < wanted.length; i++) {
    if (has.has(wanted[i])) return RANK_WEIGHTS.category / 2 ** i;
  }
  return 0;
}

function targetLang(ctx: SuggestContext): ReplyLang | null {
  return ctx.lang === 'en' || ctx.lang === 'fr' ? ctx.lang : null;
}

function langPoints(ctx: SuggestContext, lang: ReplyLang): number {
  const target = targetLang(ctx);
  if (target) return lang === target ? RANK_WEIGHTS.sameLang : RANK_WEIGHTS.otherLang;
  return ctx.preferredLang && lang === ctx.preferredLang ? RANK_WEIGHTS.preferredLang : 0;
}

function explain(
  e: Entry,
  sim: number,
  words: string[],
  wanted: readonly ReplyCategory[],
  ctx: SuggestContext,
  claimId: string | null,
): SuggestReason[] {
  const why: SuggestReason[] = [];
  if (claimId && e.claimIds.has(claimId)) {
    why.push({ key: 'claim', params: { claimId }, text: 'matches the rumour claim' });
  }
  if (ctx.crisisMode && e.categories.has('holding')) {
    why.push({ key: 'holding', text: 'holding statement (crisis mode)' });
  }
  const category = wanted.find((c) => e.categories.has(c));
  if (category && !(category === 'holding' && ctx.crisisMode)) {
    why.push({ key: 'category', params: { category }, text: CATEGORY_REASON[category] });
  }
  const lang = targetLang(ctx) ?? ctx.preferredLang ?? null;
  if (lang && e.reply.lang === lang) {
    why.push({ key: 'lang', params: { lang }, text: `same language (${lang})` });
  }
  if (sim >= SIMILARITY_REASON_MIN && words.length) {
    const shown = words.slice(0, 4).join(', ');
    why.push({ key: 'similar', params: { words: shown }, text: `similar words: ${shown}` });
  }
  if (e.reply.useCount > 0) {
    why.push({ key: 'used', params: { count: e.reply.useCount }, text: usedText(e.reply.useCount) });
  }
  return why;
}

/** What a verdict says a comment is: hostile and/or rumour, or ok. */
export function kindsOfVerdict(verdict: Pick<Verdict, 'hostility' | 'rumour'>): VerdictKind[] {
  const kinds: VerdictKind[] = [];
  if (verdict.hostility.flagged) kinds.push('hostile');
  if (verdict.rumour.flagged || verdict.rumour.match) kinds.push('rumour');
  return kinds.length ? kinds : ['ok'];
}

/** A SuggestContext from a comment's text and its verdict. */
export function contextFromVerdict(
  commentText: string,
  verdict: Pick<Verdict, 'lang' | 'hostility' | 'rumour'>,
  opts: { platform: Platform; crisisMode: boolean; now?: Date; category?: ReplyCategory | null; preferredLang?: ReplyLang | null },
): SuggestContext {
  return {
    commentText,
    kinds: kindsOfVerdict(verdict),
    lang: verdict.lang,
    claimId: verdict.rumour.match?.claimId ?? null,
    ...opts,
  };
}
