/**
 * Packing of the cs:classify answer (lib/messages.ts, ClassifyAnswerSchema): the background packs,
 * the page unpacks. Most comments of a page have nothing to show; their verdicts travel as a
 * language and two scores, and come back whole: unpackClassified(packClassified(x)) equals x.
 */
import type { ClassifyAnswer, Classified } from './messages';
import type { Verdict } from './types';

/** Nothing to show: a verdict fully told by its language and two scores. */
export function isPlain(v: Verdict): boolean {
  return (
    !v.hostility.flagged &&
    v.hostility.severity === 'none' &&
    v.hostility.labels.length === 0 &&
    !v.rumour.flagged &&
    v.rumour.cues.length === 0 &&
    v.rumour.match === null &&
    v.reasons.length === 0
  );
}

export function packClassified(results: readonly Classified[]): ClassifyAnswer {
  const answer: ClassifyAnswer = { full: [], plain: { ids: [], lang: [], hostility: [], rumour: [] }, dismissed: [] };
  for (const { id, verdict, dismissed, claim } of results) {
    if (dismissed) answer.dismissed.push(id);
    if (!isPlain(verdict) || claim !== null) {
      answer.full.push({ id, verdict, claim });
      continue;
    }
    answer.plain.ids.push(id);
    answer.plain.lang.push(verdict.lang);
    answer.plain.hostility.push(verdict.hostility.score);
    answer.plain.rumour.push(verdict.rumour.score);
  }
  return answer;
}

export function unpackClassified(answer: ClassifyAnswer): Classified[] {
  const dismissed = new Set(answer.dismissed);
  const out: Classified[] = answer.full.map(({ id, verdict, claim }) => ({ id, verdict, claim, dismissed: dismissed.has(id) }));
  const { ids, lang, hostility, rumour } = answer.plain;
  for (let i = 0; i < ids.length; i += 1) {
    out.push({
      id: ids[i],
      verdict: {
        lang: lang[i],
        hostility: { score: hostility[i], severity: 'none', flagged: false, labels: [] },
        rumour: { score: rumour[i], flagged: false, cues: [], match: null },
        reasons: [],
      },
      claim: null,
      dismissed: dismissed.has(ids[i]),
    });
  }
  return out;
}
