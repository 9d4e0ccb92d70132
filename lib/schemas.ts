/** zod schemas for the plain data of lib/types.ts, used wherever that data crosses a boundary. */
import { z } from 'zod';
import { HOSTILITY_LABELS, PLATFORMS, SENSITIVITIES } from './types';

export const PlatformSchema = z.enum(PLATFORMS);
export const SensitivitySchema = z.enum(SENSITIVITIES);
export const VerdictKindSchema = z.enum(['hostile', 'rumour', 'ok']);

export const CommentSchema = z.object({
  platform: PlatformSchema,
  id: z.string().min(1).max(100),
  threadId: z.string().min(1).max(100),
  parentId: z.string().min(1).max(100).nullable(),
  author: z.string().max(200),
  text: z.string().max(20_000),
  lang: z.string().max(20).optional(),
  permalink: z.string().max(2_000),
  postedAt: z.string().max(40).nullable(),
  postedAtEstimated: z.boolean().optional(),
  depth: z.number().int().min(0).max(50),
});

export const ReasonSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  axis: z.enum(['hostility', 'rumour', 'register', 'tone']),
  label: z.string().max(100),
  weight: z.number(),
  note: z.string().max(500).optional(),
});

export const VerdictSchema = z.object({
  lang: z.enum(['en', 'fr', 'other']),
  hostility: z.object({
    score: z.number().min(0).max(1),
    severity: z.enum(['none', 'low', 'medium', 'high']),
    flagged: z.boolean(),
    labels: z.array(z.enum(HOSTILITY_LABELS)),
  }),
  rumour: z.object({
    score: z.number().min(0).max(1),
    flagged: z.boolean(),
    cues: z.array(z.string().max(100)),
    match: z.object({ claimId: z.string(), score: z.number() }).nullable(),
  }),
  reasons: z.array(ReasonSchema).max(200),
});
