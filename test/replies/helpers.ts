import { ReplySchema, type Reply, type ReplyInput } from '../../lib/replies/schema';

export const T0 = new Date('2025-03-01T09:00:00.000Z');

let counter = 0;

/** An approved reply with sensible defaults; `over` replaces any field. Validated like real data. */
export function makeReply(over: Partial<ReplyInput> = {}): Reply {
  counter++;
  return ReplySchema.parse({
    id: `r-${counter}`,
    title: `Reply ${counter}`,
    body: 'Thank you for your message, {author}.',
    lang: 'en',
    categories: ['other'],
    status: 'approved',
    approvedBy: 'Camille',
    approvedAt: T0.toISOString(),
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    ...over,
  });
}
