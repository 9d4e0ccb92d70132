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

export class ReplyIndex {
  private readonly entries: Entry[] = [];
  /** Entry positions per platform: written for it and within its length limit. */
  private readonly byPlatform = new Map<Platform, number[]>();
  private readonly search: MiniSearch<{ id: number; text: string }>;

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
    this.entries.forEach((e, i) => {
      for (const p of platformsOf(e.reply)) {
        // The raw body (placeholders unfilled) already over the limit can never be inserted there.
        if (!measureLength(e.reply.body, p).over) this.byPlatform.get(p)!.push(i);
      }
    });
    this.search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: splitWords,
      processTerm: (t) => termOf(t) ?? null,
      searchOptions: { combineWith: 'OR', prefix: (t) => t.length >= 5 },
    });
    this.search.addAll(
      this.entries.map((e, id) => ({
        id,
        text: `${e.reply.title} ${withoutPlaceholders(e.reply.body)} ${e.reply.tags.join(' ')}`,
      })),
    );
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
    const similarity = this.similarity(ctx.commentText);

    const top: Array<{ entry: Entry; score: number; sim: number; words: string[] }> = [];
    for (const i of this.byPlatform.get(ctx.platform) ?? []) {
      const e = this.entries[i];
      if (e.expiresMs <= nowMs) continue;
      const sim = similarity.get(i);
      let score = e.usePoints + (sim ? sim.points : 0);
      if (claimId && e.claimIds.has(claimId)) score += RANK_WEIGHTS.claim;
      else if (e.claimIds.size) score += RANK_WEIGHTS.otherClaim;
      if (ctx.crisisMode && e.categories.has('holding')) score += RANK_WEIGHTS.holdingInCrisis;
      score += categoryPoints(wanted, e.categories);
      score += langPoints(ctx, e.reply.lang);
      if (top.length === limit && !beats(score, e, top[top.length - 1])) continue;
      const item = { entry: e, score, sim: sim?.points ?? 0, words: sim?.words ?? [] };
      let at = top.length;
      while (at > 0 && beats(score, e, top[at - 1])) at--;
      top.splice(at, 0, item);
      if (top.length > limit) top.pop();
    }
    return top.map((t) => ({
      reply: t.entry.reply,
      score: Math.round(t.score * 100) / 100,
      why: explain(t.entry, t.sim, t.words, wanted, ctx, claimId),
    }));
  }

  /** Similarity points per entry (0..weight, relative to the best match) and the shared words as written. */
  private similarity(commentText: string): Map<number, { points: number; words: string[] }> {
    const out = new Map<number, { points: number; words: string[] }>();
    const written = wordsByTerm(commentText);
    const terms = [...written.keys()].slice(0, MAX_QUERY_TERMS);
    if (!terms.length) return out;
    // Terms are already processed: hand them over as-is rather than re-tokenising.
    const results = this.search.search(
      { queries: terms, combineWith: 'OR' },
      { tokenize: (s) => [s], processTerm: (t) => t },
    );
    const best = results[0]?.score ?? 0;
    if (best <= 0) return out;
    for (const r of results) {
      out.set(r.id as number, {
        points: (RANK_WEIGHTS.similarity * r.score) / best,
        words: r.queryTerms.map((t) => written.get(t) ?? t),
      });
    }
    return out;
  }
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
