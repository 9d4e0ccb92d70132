/**
 * Explanations: spans of the ORIGINAL text (mapped back through normalisation) with what each
 * contributed, in calibrated log-odds. Lexicon hits give named reasons (insult, threat, hearsay...);
 * words the learned model weighs heavily without a lexicon entry are reported as 'learned'.
 * Runs on demand (flagged comments), after analyse() filled the shared buffers.
 */
import type { Lang, Reason } from '../types';
import { DI, feats, lexiconFeatureOf, SCOPE_DENIED, SCOPE_QUOTED, type DenseName } from './features';
import { CAT, entries, hits } from './lexicon';
import { models } from './models';
import { calibratedSlope, type Model } from './model';
import { normalisedBuffers, originalCharEnd } from './normalise';
import { CUE_PRIORS } from './rumour';
import { hostilityScore, isCounterQuote, isEverydaySense } from './hostility';
import { anyOf, COUNTER_SPEECH, raisedBy } from './rules/index';
import { inEverydaySense } from './senses';
import { tokens } from './tokens';

/** Smallest contribution (log-odds) for a word without a lexicon entry to be shown. */
const LEARNED_MIN = 0.35;

interface LexReason { label: string; dense: DenseName; note: string }
const HOSTILE_CATS: Record<number, LexReason> = {
  [CAT.insult]: { label: 'insult', dense: 'insult', note: 'insult' },
  [CAT.profanity]: { label: 'profanity', dense: 'profanity', note: 'profanity' },
  [CAT.threat]: { label: 'threat', dense: 'threat', note: 'threat of harm' },
  [CAT.slur]: { label: 'identity_attack', dense: 'slur', note: 'slur against a group' },
  [CAT.dehumanise]: { label: 'identity_attack', dense: 'dehumanise', note: 'dehumanising word' },
  [CAT.hate]: { label: 'identity_attack', dense: 'hate', note: 'hostility towards a group' },
  [CAT.violence]: { label: 'threat', dense: 'violence', note: 'violent verb' },
};

/** Original-text span of tokens [from, to] of the last analysed `text`. */
export function tokenSpan(text: string, from: number, to: number): { start: number; end: number } {
  const off = normalisedBuffers().offsets;
  const start = off[tokens.start[from]];
  const end = originalCharEnd(text, off[tokens.end[to] - 1]);
  return { start, end: Math.max(end, start + 1) };
}

/** Sum of a model's sparse weights over the features of token i, in calibrated log-odds (calibratedSlope). */
function tokenContribution(m: Model, i: number): number {
  const from = i === 0 ? 0 : feats.tokFeatEnd[i - 1];
  let z = 0;
  for (let k = from; k < feats.tokFeatEnd[i]; k++) z += m.q[feats.idx[k] & m.mask] * feats.val[k];
  return z * m.scale * calibratedSlope(m);
}

function lexiconWeight(m: Model, dense: DenseName): number {
  return m.dense[DI[dense]] * calibratedSlope(m);
}

export function explainCurrent(text: string, lang: Lang): Reason[] {
  const out: Reason[] = [];
  const h = models.hostility, r = models.rumour;
  const covered = new Uint8Array(tokens.count);
  const counterQuote = isCounterQuote();
  const everyday = isEverydaySense();
  for (let k = 0; k < hits.count; k++) {
    const cat = hits.cat[k], from = hits.from[k], to = hits.to[k];
    const span = tokenSpan(text, from, to);
    const phrase = entries[hits.entry[k]].phrase;
    let words = 0;
    for (let i = from; i <= to; i++) words += tokenContribution(h, i);
    const lex = HOSTILE_CATS[cat];
    if (lex) {
      const scope = feats.negScope[from];
      const negated = scope !== 0 && (cat === CAT.insult || cat === CAT.hate || cat === CAT.violence);
      if (everyday && inEverydaySense(from)) {
        // "rats in the cellar": the word is there, but not as an insult (rules/things.ts).
        out.push({ ...span, axis: 'hostility', label: 'everyday_sense', weight: lexiconWeight(h, lex.dense) + words, note: `"${phrase}" in its everyday sense` });
      } else if (counterQuote && feats.inQuotes[from] === 1) {
        const note = `"${phrase}" is quoted to report or condemn it`;
        out.push({ ...span, axis: 'hostility', label: 'negation', weight: lexiconWeight(h, 'negated_insult') + words, note });
      } else if (negated) {
        const note = scope === SCOPE_QUOTED ? `"${phrase}" is quoted, not said to anyone` : scope === SCOPE_DENIED ? `"${phrase}" is denied` : `"${phrase}" is negated`;
        out.push({ ...span, axis: 'hostility', label: 'negation', weight: lexiconWeight(h, 'negated_insult') + words, note });
      } else {
        out.push({ ...span, axis: 'hostility', label: lex.label, weight: lexiconWeight(h, lex.dense) + words, note: `${lex.note}: "${phrase}"` });
      }
      for (let i = from; i <= to; i++) covered[i] = 1;
    } else if (cat === CAT.identity) {
      // A group's name weighs on its own: the sources the model learned from attack groups far more
      // often than they name them in passing ("Women can vote in this country" 0.59, flagged at
      // balanced with no reason given, 2026-11-25). Said, so that a moderator sees why.
      const weight = h.q[lexiconFeatureOf(k) & h.mask] * h.scale * calibratedSlope(h) + lexiconWeight(h, 'identity') + words;
      if (weight >= LEARNED_MIN) {
        out.push({ ...span, axis: 'hostility', label: 'group_named', weight, note: `names a group ("${text.slice(span.start, span.end)}"): the model learned that comments naming one are often hostile` });
        for (let i = from; i <= to; i++) covered[i] = 1;
      }
    } else if (cat === CAT.reported) {
      out.push({ ...span, axis: 'hostility', label: 'counter_speech', weight: lexiconWeight(h, 'reported'), note: 'reports or condemns what someone said' });
    } else if (cat === CAT.second && feats.dense[DI.insult_you] + feats.dense[DI.profanity_you] > 0) {
      out.push({ ...span, axis: 'hostility', label: 'harassment', weight: lexiconWeight(h, 'insult_you'), note: 'aimed at a person' });
    } else if (cat === CAT.staff && feats.dense[DI.staff_attack] > 0) {
      out.push({ ...span, axis: 'hostility', label: 'harassment', weight: lexiconWeight(h, 'staff_attack'), note: 'aimed at the brand\u2019s staff' });
    } else if (cat === CAT.complaint) {
      // The hostility model weighs customer-service words only ("refund", "colis"); the complaint
      // words as common in politics and news ("bill", "support") have no weight of their own.
      const w = entries[hits.entry[k]].id === 'service' ? lexiconWeight(h, 'service_complaint') : 0;
      if (w < 0) out.push({ ...span, axis: 'hostility', label: 'complaint', weight: w, note: 'customer complaint vocabulary' });
    } else if (cat === CAT.rumour) {
      const id = entries[hits.entry[k]].id;
      out.push({ ...span, axis: 'rumour', label: id, weight: CUE_PRIORS[id as DenseName] ?? 0, note: `rumour cue (${id.replace(/_/g, ' ')}): "${phrase}"` });
    }
  }
  // Counter-speech read from the whole comment (rules/index.ts, COUNTER_SPEECH): said once, for the comment.
  if (anyOf(COUNTER_SPEECH)) {
    out.push({ start: 0, end: text.length, axis: 'hostility', label: 'counter_speech', weight: lexiconWeight(h, 'reported'),
      note: 'defends a group, or reports or condemns abuse' });
  }
  // A rule that raised the comment to the balanced threshold (rules/index.ts) is its reason when no
  // word of the lists already gives it: "Refugees are the reason our town is ruined" was flagged
  // with no reason at all (2026-11-25).
  const raise = raisedBy();
  if (raise && !out.some((r) => r.axis === 'hostility' && r.label === raise.label)) {
    // The weight of what the rule reads as, in the lists: a threat phrase, or hate for a group.
    const weight = lexiconWeight(h, raise.label === 'threat' ? 'threat' : raise.label === 'harassment' ? 'staff_attack' : 'hate');
    out.push({ start: 0, end: text.length, axis: 'hostility', label: raise.label, weight, note: raise.note });
  }
  // Words the learned models weigh heavily, outside any lexicon entry.
  for (let i = 0; i < tokens.count; i++) {
    if (covered[i]) continue;
    const zh = tokenContribution(h, i);
    if (zh >= LEARNED_MIN) {
      out.push({ ...tokenSpan(text, i, i), axis: 'hostility', label: 'learned', weight: zh, note: 'word the model learned from labelled hostile comments' });
    }
    if (lang !== 'fr') {
      const zr = tokenContribution(r, i);
      if (zr >= LEARNED_MIN) {
        out.push({ ...tokenSpan(text, i, i), axis: 'rumour', label: 'learned', weight: zr, note: 'word the model learned from labelled rumours' });
      }
    }
  }
  // A comment the model scores hostile from many small weights (character n-grams of a word no list
  // holds: "Dey gave da wrong nicca money" 0.69, flagged with no reason, 2026-11-25) is given its
  // strongest word, so that no flagged comment comes without a why.
  if (!out.some((x) => x.axis === 'hostility' && x.weight > 0) && hostilityScore(h) >= h.file.thresholds.high) {
    let best = -1, bestZ = 0;
    for (let i = 0; i < tokens.count; i++) {
      const z = tokenContribution(h, i);
      if (z > bestZ) { best = i; bestZ = z; }
    }
    if (best >= 0) {
      out.push({ ...tokenSpan(text, best, best), axis: 'hostility', label: 'learned', weight: bestZ, note: 'the word the model weighs most here (learned from labelled hostile comments)' });
    }
  }
  return withoutNested(out);
}

/** Drops a reason whose span lies inside another of the same axis and label ("pas notre problème" in "ce n'est pas notre problème"). */
export function withoutNested<T extends { start: number; end: number; axis?: string; label?: string; kind?: string }>(rs: T[]): T[] {
  const bySize = [...rs].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const r of bySize) {
    const key = `${r.axis ?? r.kind}:${r.label ?? ''}`;
    if (!kept.some((k) => `${k.axis ?? k.kind}:${k.label ?? ''}` === key && k.start <= r.start && r.end <= k.end)) kept.push(r);
  }
  return kept;
}
