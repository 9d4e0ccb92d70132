import { buildPacket, type PacketInput } from '../../lib/escalation/packet';

export const packetInput = (over: Partial<PacketInput> = {}): PacketInput => ({
  id: '0b5f3c1e-4c1d-4a8e-9f1a-2d3c4b5a6e7f',
  createdAt: '2026-03-01T10:00:00.000Z',
  platform: 'facebook',
  pageUrl: 'https://www.facebook.com/cacaoandco/posts/123',
  comment: {
    id: 'c1',
    text: 'Cacao & Co put palm oil in the bars <!channel> <https://evil.example|click> & more',
    author: 'Jean <b>Dupont</b>',
    permalink: 'https://www.facebook.com/cacaoandco/posts/123?comment_id=c1',
    postedAt: '2026-03-01T09:58:00.000Z',
  },
  thread: { parent: null, replies: [] },
  verdict: { kinds: ['rumour'], hostilityScore: 0.1, rumourScore: 0.82, labels: ['hearsay'], reasons: [{ label: 'cc-palm-oil', excerpt: 'palm oil' }] },
  matchedClaim: { id: 'cc-palm-oil', statement: 'Cacao & Co chocolate bars now contain palm oil', status: 'false', correctionLink: 'https://cacao.example/facts' },
  note: 'Spreading fast under the Easter post',
  severity: 'high',
  ...over,
});

export const packet = (over: Partial<PacketInput> = {}) => buildPacket(packetInput(over));
