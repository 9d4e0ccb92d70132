/** Records for the pages' tests, built through the real constructors (so they pass the schemas). */
import { buildPacket, type EscalationPacket } from '../../lib/escalation/packet';

export function rumourPacket(over: { id?: string; commentId?: string; text?: string; author?: string; createdAt?: string; postedAt?: string } = {}): EscalationPacket {
  return buildPacket({
    ...(over.id ? { id: over.id } : {}),
    platform: 'x',
    pageUrl: 'https://x.com/brand/status/100',
    comment: {
      id: over.commentId ?? '101',
      text: over.text ?? 'They are recalling everything, share before it is deleted!',
      author: over.author ?? 'Someone',
      permalink: `https://x.com/someone/status/${over.commentId ?? '101'}`,
      postedAt: over.postedAt ?? '2026-03-01T09:00:00.000Z',
    },
    thread: { parent: { id: '100', author: 'Brand', text: 'Our new product is out' }, replies: [] },
    verdict: { kinds: ['rumour'], hostilityScore: 0.1, rumourScore: 0.92, reasons: [{ label: 'share_before_deleted', excerpt: 'share before it is deleted' }] },
    matchedClaim: { id: 'c-recall', statement: 'A recall is coming', status: 'false' },
    note: 'Spreading fast',
    severity: 'high',
    createdAt: over.createdAt ?? '2026-03-01T09:05:00.000Z',
  });
}
