/**
 * The classifier as the background runs it for the pages: the team's rumour register compiled
 * once and kept until it changes, the verdict at the sensitivity the page asked for, and the
 * explanation spans of flagged comments only (the others never show a badge).
 *
 * Why here and not in the content script (issue 4): classifying a page of 2,000 comments is about
 * 65 ms of JavaScript and the models' first use another 15; in a content script that is the
 * page's own main thread, in the background it is the extension's. The page keeps reading,
 * marking and drawing; its share of a first scan fell from about 220 ms to 100–170 ms on a
 * 2-core machine (npm run bench -- --only scan, 2026-11-23).
 */
import { classify, explain, type ClassifyOptions } from '../classify';
import { bestClaim, compileRegister, type ClaimInput, type CompiledRegister } from '../classify/match';
import { warmUpSteps } from '../classify/warm';
import type { Sensitivity, Verdict } from '../types';

const MAX_REASONS = 100;

export interface ClassifiedText {
  verdict: Verdict;
  /** The matched register entry's statement, for the badge and the escalation form. */
  claim: { id: string; statement: string } | null;
}

export class CommentClassifier {
  private register: CompiledRegister | null = null;
  private statements = new Map<string, string>();

  /** Inactive entries are left out by compileRegister: they never match. */
  setRegister(claims: ClaimInput[]): void {
    this.register = claims.length ? compileRegister(claims) : null;
    this.statements = new Map(claims.map((c) => [c.id, c.statement]));
  }

  /** Decodes the models and indexes the lexicons now, not inside the first page's request. */
  warmUp(): void {
    for (const step of warmUpSteps()) while (!step());
  }

  private options(sensitivity: Sensitivity): ClassifyOptions {
    const register = this.register;
    return {
      sensitivity,
      matchRegister: register ? (text: string) => bestClaim(text, register, sensitivity) : undefined,
    };
  }

  classify(text: string, sensitivity: Sensitivity): ClassifiedText {
    const options = this.options(sensitivity);
    const verdict = classify(text, options);
    const flagged = verdict.hostility.flagged || verdict.rumour.flagged || verdict.rumour.match !== null;
    // Strongest first; the message carries at most 200 (lib/messages.ts), a badge shows a few.
    if (flagged) verdict.reasons = explain(text, options).slice(0, MAX_REASONS);
    const claimId = verdict.rumour.match?.claimId;
    return { verdict, claim: claimId ? { id: claimId, statement: this.statements.get(claimId) ?? claimId } : null };
  }
}
