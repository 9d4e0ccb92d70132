// @vitest-environment node
import { expect, test } from 'vitest';
import { buildPacket, EscalationPacketSchema, PACKET_LIMITS, PacketError } from '../../lib/escalation/packet';
import { packetInput } from './helpers';

test('a packet carries the comment, its thread, the verdict, the claim and the note', () => {
  const p = buildPacket(packetInput());
  expect(EscalationPacketSchema.parse(p)).toEqual(p);
  expect(p.idempotencyKey).toBe(`vigie-${p.id}`);
  expect(p.matchedClaim?.id).toBe('cc-palm-oil');
  expect(p.screenshot).toBeNull();
});

test('a new packet gets a fresh id and time when none is given', () => {
  const input = packetInput();
  delete input.id;
  delete input.createdAt;
  const a = buildPacket(input), b = buildPacket(input);
  expect(a.id).not.toBe(b.id);
  expect(Date.parse(a.createdAt)).not.toBeNaN();
});

test('long threads and texts are cut to the limits', () => {
  const replies = Array.from({ length: 25 }, (_, i) => ({ id: `r${i}`, author: 'x', text: 'y'.repeat(3000) }));
  const p = buildPacket(packetInput({ thread: { parent: { id: 'p', author: 'a', text: 'parent' }, replies }, note: 'n'.repeat(10_000) }));
  expect(p.thread.replies).toHaveLength(PACKET_LIMITS.replies);
  expect(p.thread.replies.map((r) => r.id)).toEqual(replies.slice(0, 10).map((r) => r.id));
  expect([...p.thread.replies[0].text]).toHaveLength(PACKET_LIMITS.replyText);
  expect(p.thread.replies[0].text.endsWith('…')).toBe(true);
  expect(p.note.length).toBe(PACKET_LIMITS.note);
});

test('invalid input is refused with the field named', () => {
  expect(() => buildPacket(packetInput({ pageUrl: 'not a url' }))).toThrow(PacketError);
  expect(() => buildPacket(packetInput({ pageUrl: 'not a url' }))).toThrow(/pageUrl/);
  expect(() => buildPacket(packetInput({ verdict: { kinds: ['rumour'], hostilityScore: 2, rumourScore: 0.5 } }))).toThrow(/hostilityScore/);
  expect(() => buildPacket(packetInput({ screenshot: 'data:text/html;base64,PHNjcmlwdD4=' }))).toThrow(/screenshot/);
  expect(buildPacket(packetInput({ screenshot: 'data:image/png;base64,iVBORw0KGgo=' })).screenshot).toMatch(/^data:image\/png/);
});
