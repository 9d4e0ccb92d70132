/** The classifier as a page uses it: the moderator's sensitivity and the team's register. */
import { classify, explain, type ClassifyOptions } from '../classify';
import { warmUpSteps } from '../classify/warm';
import { bestClaim, compileRegister, type ClaimInput, type CompiledRegister } from '../classify/match';
import type { Lang, Reason, Sensitivity, Verdict } from '../types';

export class PageClassifier {
  private register: CompiledRegister | null = null;
  private statements = new Map<string, string>();

  constructor(private sensitivity: Sensitivity) {}

  setSensitivity(s: Sensitivity): void {
    this.sensitivity = s;
  }

  setRegister(claims: ClaimInput[]): void {
    this.register = claims.length ? compileRegister(claims) : null;
    this.statements = new Map(claims.map((c) => [c.id, c.statement]));
  }

  /**
   * Decodes the weights and compiles the lexicons (otherwise done by the first classification)
   * in short tasks of their own, `nextTask` apart, so that cost does not land in one long task
   * with the first comments. Ends with one classification (the code paths get compiled too).
   */
  async warmUp(nextTask: () => Promise<void>): Promise<void> {
    for (const step of warmUpSteps()) {
      do await nextTask();
      while (!step());
    }
    await nextTask();
    classify('Vigie', { sensitivity: this.sensitivity });
    // What the caller does next starts in a task of its own too.
    await nextTask();
  }

  claimStatement(id: string): string | undefined {
    return this.statements.get(id);
  }

  private options(): ClassifyOptions {
    const register = this.register;
    const sensitivity = this.sensitivity;
    return {
      sensitivity,
      matchRegister: register ? (text: string, _lang: Lang) => bestClaim(text, register, sensitivity) : undefined,
    };
  }

  classify(text: string): Verdict {
    return classify(text, this.options());
  }

  /** The explanation spans, computed only for flagged comments (the fast path skips them). */
  explain(text: string): Reason[] {
    return explain(text, this.options());
  }
}
