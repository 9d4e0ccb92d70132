/**
 * The starter library seeded on first install: approved replies in English and French for a
 * generic brand ({brand}), which the team then edits like any other reply.
 */
import { parseReply } from '../edit';
import type { Reply } from '../schema';
import { STARTER_EN } from './en';
import { STARTER_FR } from './fr';
import type { StarterReply } from './types';

export const STARTER_APPROVER = 'Vigie starter library';

function toReply(s: StarterReply, lang: 'en' | 'fr', at: string): Reply {
  return parseReply({
    id: s.id,
    title: s.title,
    body: s.body,
    lang,
    categories: s.categories,
    claimIds: [],
    platforms: s.platforms ?? [],
    tags: ['starter', ...s.tags],
    status: 'approved',
    version: 1,
    history: [],
    updatedBy: STARTER_APPROVER,
    approvedBy: STARTER_APPROVER,
    approvedAt: at,
    expiresAt: null,
    createdAt: at,
    updatedAt: at,
    useCount: 0,
    lastUsedAt: null,
  });
}

/** Every starter reply, approved at `now`. Ids are stable, so seeding twice is detectable. */
export function starterLibrary(now: Date): Reply[] {
  const at = now.toISOString();
  return [...STARTER_EN.map((s) => toReply(s, 'en', at)), ...STARTER_FR.map((s) => toReply(s, 'fr', at))];
}
