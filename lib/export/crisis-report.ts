/**
 * The crisis report in Markdown, for the crisis team: counts, the register's claims with their status
 * and correction, and the escalations grouped by status with their history. Everything that came from
 * a page or a person (comments, authors, notes, claim texts) is escaped (./markdown.ts).
 */
import { escapeLine, quoteBlock, safeLink } from './markdown';
import type { EscalationRecord, RegisterEntry } from './types';

export interface CrisisReportInput {
  claims: RegisterEntry[];
  escalations: EscalationRecord[];
  /** ISO time written in the header. */
  generatedAt: string;
  title?: string;
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
const STATUS_ORDER = ['queued', 'failed', 'delivered', 'acknowledged', 'resolved', 'dismissed'];
const rank = (order: string[], v: string) => (order.indexOf(v) === -1 ? order.length : order.indexOf(v));

function countBy<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m];
}

const countLine = (pairs: Array<[string, number]>, order: string[]) =>
  pairs.length ? pairs.sort((a, b) => rank(order, a[0]) - rank(order, b[0]) || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${escapeLine(k)}: ${n}`).join(', ') : 'none';

export function crisisReportMarkdown(input: CrisisReportInput): string {
  const { claims, escalations } = input;
  const active = claims.filter((c) => c.active);
  const escalationsByClaim = new Map<string, number>();
  for (const e of escalations) if (e.claimId) escalationsByClaim.set(e.claimId, (escalationsByClaim.get(e.claimId) ?? 0) + 1);

  const out: string[] = [];
  out.push(`# ${escapeLine(input.title ?? 'Crisis report')}`, '', `Generated ${escapeLine(input.generatedAt)}.`, '');
  out.push('## Counts', '');
  out.push(`- Register: ${claims.length} claims, ${active.length} active (${countLine(countBy(active, (c) => c.status), [])})`);
  out.push(`- Escalations: ${escalations.length} (${countLine(countBy(escalations, (e) => e.status), STATUS_ORDER)})`);
  out.push(`- Escalations by severity: ${countLine(countBy(escalations, (e) => e.packet.severity), SEVERITY_ORDER)}`);
  out.push('');

  out.push('## Claims', '');
  if (active.length === 0) out.push('No active claim in the register.', '');
  const sortedClaims = [...active].sort((a, b) => rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity) || (escalationsByClaim.get(b.id) ?? 0) - (escalationsByClaim.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  for (const c of sortedClaims) {
    out.push(`### ${escapeLine(c.statement)}`, '');
    out.push(`- Id: ${escapeLine(c.id)}`);
    out.push(`- Status: ${escapeLine(c.status)}; severity: ${escapeLine(c.severity)}${c.owner ? `; owner: ${escapeLine(c.owner)}` : ''}`);
    out.push(`- Escalations: ${escalationsByClaim.get(c.id) ?? 0}`);
    if (c.correctionLink) out.push(`- Correction link: ${safeLink(c.correctionLink, 'correction')}`);
    out.push('');
    if (c.correctionText) out.push('Correction:', '', quoteBlock(c.correctionText), '');
  }

  out.push('## Escalations', '');
  if (escalations.length === 0) out.push('No escalation.', '');
  const groups = new Map<string, EscalationRecord[]>();
  for (const e of escalations) (groups.get(e.status) ?? groups.set(e.status, []).get(e.status)!).push(e);
  const statuses = [...groups.keys()].sort((a, b) => rank(STATUS_ORDER, a) - rank(STATUS_ORDER, b) || (a < b ? -1 : 1));
  for (const status of statuses) {
    const list = groups.get(status)!.sort((a, b) => rank(SEVERITY_ORDER, a.packet.severity) - rank(SEVERITY_ORDER, b.packet.severity) || (a.createdAt < b.createdAt ? -1 : 1));
    out.push(`### ${escapeLine(status)} (${list.length})`, '');
    for (const e of list) {
      const p = e.packet;
      out.push(`#### ${escapeLine(p.severity)}: ${escapeLine(p.comment.author)} on ${escapeLine(p.platform)}, ${escapeLine(e.createdAt)}`, '');
      out.push(quoteBlock(p.comment.text), '');
      out.push(`- Escalation: ${escapeLine(e.id)}`);
      out.push(`- Comment: ${safeLink(p.comment.permalink, 'open on the platform')}`);
      out.push(`- Flagged as: ${escapeLine(p.verdict.kinds.join(', ') || 'none')} (hostility ${p.verdict.hostilityScore.toFixed(2)}, rumour ${p.verdict.rumourScore.toFixed(2)})`);
      if (p.matchedClaim) out.push(`- Claim: ${escapeLine(p.matchedClaim.statement)} (${escapeLine(p.matchedClaim.status)})`);
      if (p.note) out.push(`- Moderator's note: ${escapeLine(p.note)}`);
      if (e.history.length) {
        out.push('- History:');
        for (const h of e.history) out.push(`  - ${escapeLine(h.at)}: ${escapeLine(h.status)}${h.by ? ` by ${escapeLine(h.by)}` : ''}${h.note ? `: ${escapeLine(h.note)}` : ''}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
