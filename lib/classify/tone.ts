/**
 * checkReplyTone: the same engine applied to the moderator's own reply before it is inserted.
 * A rude or mocking answer does more harm than none (the Nestlé page in 2010), so the draft is
 * checked for hostility (the hostility model and lexicons), sarcasm and dismissiveness (tone cues).
 */
import { analyse } from './features';
import { CAT, entries, hits } from './lexicon';
import { hostilityScore } from './hostility';
import { explainCurrent, tokenSpan, withoutNested } from './explain';
import { models } from './models';

export interface ToneWarning { kind: 'hostility' | 'sarcasm' | 'dismissive'; start: number; end: number; note: string }

/**
 * One or two words in quotes right after "your" / « votre »: the customer's own word held at arm's
 * length ('Thanks for your "feedback"', « votre « avis » »: both passed a blind probe of moderators'
 * replies, 2026-11-25). Group 1 is what comes before the quote, group 2 the quote with its marks.
 */
const SCARE_QUOTES = /(\b(?:your|votre|vos|ton|ta|tes)\s+)(["“«‘]\s?[^"”»’\s]+(?:\s[^"”»’\s]+)?\s?["”»’])/giu;

/** How much each sarcasm/dismissive cue raises the tone score (probability-like, combined as independent). */
const CUE_WEIGHT = 0.35;

export function checkReplyTone(draft: string): { ok: boolean; score: number; warnings: ToneWarning[] } {
  const lang = analyse(draft);
  const hostility = hostilityScore(models.hostility);
  const warnings: ToneWarning[] = [];
  for (let k = 0; k < hits.count; k++) {
    const cat = hits.cat[k];
    if (cat !== CAT.sarcasm && cat !== CAT.dismissive) continue;
    const span = tokenSpan(draft, hits.from[k], hits.to[k]);
    const phrase = entries[hits.entry[k]].phrase;
    const kind = cat === CAT.sarcasm ? 'sarcasm' : 'dismissive';
    warnings.push({ kind, ...span, note: kind === 'sarcasm' ? `may read as sarcastic: "${phrase}"` : `may read as dismissive: "${phrase}"` });
  }
  // Their word in scare quotes: 'Thanks for your "feedback"', « Merci pour votre « avis » ».
  for (const m of draft.matchAll(SCARE_QUOTES)) {
    const start = (m.index ?? 0) + m[1].length;
    warnings.push({ kind: 'sarcasm', start, end: start + m[2].length, note: `may read as sarcastic: their word in quotes, ${m[2]}` });
  }
  // A hostile draft (at the most sensitive setting: a reply should not come close) is pointed at word by word.
  if (hostility >= models.hostility.file.thresholds.high) {
    const reasons = explainCurrent(draft, lang).filter((r) => r.axis === 'hostility' && r.weight > 0 && r.label !== 'complaint');
    for (const r of reasons) warnings.push({ kind: 'hostility', start: r.start, end: r.end, note: r.note ?? r.label });
    if (reasons.length === 0) warnings.push({ kind: 'hostility', start: 0, end: draft.length, note: 'the reply reads as hostile' });
  } else {
    // Insults, profanity or threats are flagged in a reply even when the whole stays below threshold.
    const reasons = explainCurrent(draft, lang).filter((r) => r.axis === 'hostility' && ['insult', 'profanity', 'threat', 'identity_attack'].includes(r.label));
    for (const r of reasons) warnings.push({ kind: 'hostility', start: r.start, end: r.end, note: r.note ?? r.label });
  }
  const kept = withoutNested(warnings).sort((a, b) => a.start - b.start);
  const cues = kept.filter((w) => w.kind !== 'hostility').length;
  const calm = (1 - hostility) * Math.pow(1 - CUE_WEIGHT, cues);
  return { ok: kept.length === 0, score: 1 - calm, warnings: kept };
}
