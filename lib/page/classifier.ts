/** The classifier as a page uses it: the moderator's sensitivity and the team's register. */
import { classify, explain, type ClassifyOptions } from '../classify';
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
