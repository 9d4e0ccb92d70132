/** How a verdict shows on the page. Pure: shared by the controller, the summary and the tests. */
import type { Settings } from '../settings/schema';
import type { Sensitivity, Verdict, VerdictKind } from '../types';

export type FlagKind = 'hostile' | 'rumour';

/** Both flags a comment carries: hostile when flagged at the sensitivity, rumour when flagged or matched. */
export function flagsOf(v: Verdict): FlagKind[] {
  const flags: FlagKind[] = [];
  if (v.hostility.flagged) flags.push('hostile');
  if (v.rumour.flagged || v.rumour.match) flags.push('rumour');
  return flags;
}

/** data-vigie-verdict: hostile first, then rumour, else ok; a dismissed comment is ok. */
export function verdictKindOf(v: Verdict, dismissed = false): VerdictKind {
  if (dismissed) return 'ok';
  const flags = flagsOf(v);
  return flags[0] ?? 'ok';
}

const ORDER: Sensitivity[] = ['low', 'balanced', 'high'];

/** Crisis mode raises the sensitivity one step: in a crisis, a doubtful comment is worth a look. */
export function effectiveSensitivity(settings: Pick<Settings, 'sensitivity' | 'crisisMode'>): Sensitivity {
  if (!settings.crisisMode) return settings.sensitivity;
  return ORDER[Math.min(ORDER.indexOf(settings.sensitivity) + 1, ORDER.length - 1)];
}
