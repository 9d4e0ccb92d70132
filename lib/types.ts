/**
 * Plain data shared by every context. No DOM, no browser API: these types cross message
 * boundaries (their zod schemas live in lib/messages.ts and lib/db.ts) and run in Node.
 */

export const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SENSITIVITIES = ['low', 'balanced', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Languages Vigie detects. 'other' = neither French nor English (or too short to say). */
export type Lang = 'en' | 'fr' | 'other';

/** A comment as read from a platform's page. Keyed by the platform's own id, never by DOM node. */
export interface Comment {
  platform: Platform;
  /** The platform's id: X status id, Facebook comment_id / reply_comment_id, Instagram /c/ID/. */
  id: string;
  /** Id of the thread root (X: the status page's focused post; FB/IG: the top-level comment or post). */
  threadId: string;
  /** Id of the comment this one answers, or null for a top-level comment. */
  parentId: string | null;
  author: string;
  /** Text content with emoji as their alt text. Untrusted: render as text only. */
  text: string;
  /** Language the page declared (lang attribute), if any. The classifier detects its own. */
  lang?: string;
  permalink: string;
  /** ISO time. */
  postedAt: string | null;
  /** True when postedAt was estimated from a relative time ("2 h"). */
  postedAtEstimated?: boolean;
  /** 0 for a top-level comment. */
  depth: number;
}

export const HOSTILITY_LABELS = ['insult', 'threat', 'profanity', 'identity_attack', 'harassment'] as const;
export type HostilityLabel = (typeof HOSTILITY_LABELS)[number];

/** Hostility severity at the chosen sensitivity. 'none' = not flagged. */
export type Severity = 'none' | 'low' | 'medium' | 'high';

/** A span of the ORIGINAL text with what it contributed to a verdict. */
export interface Reason {
  start: number;
  end: number;
  /** Which axis the span speaks for. */
  axis: 'hostility' | 'rumour' | 'register' | 'tone';
  /** Short machine label: a sub-label ('insult'), a rumour cue id ('hearsay'), a claim id. */
  label: string;
  /** Signed contribution to the score (log-odds or weight), for ordering reasons. */
  weight: number;
  /** Human explanation, in English; UI translates labels itself. */
  note?: string;
}

export interface RegisterMatch {
  claimId: string;
  score: number;
}

export interface Verdict {
  lang: Lang;
  hostility: {
    score: number; // [0,1]
    severity: Severity; // at the sensitivity used
    flagged: boolean;
    labels: HostilityLabel[];
  };
  rumour: {
    score: number; // [0,1]
    flagged: boolean;
    /** Cue ids found (e.g. 'hearsay', 'suppression', 'share_before_deleted', 'boycott', 'unreliable_source'). */
    cues: string[];
    /** Best matching register claim, if any (see lib/classify/match). */
    match: RegisterMatch | null;
  };
  /** Explanation spans. May be empty on the fast path; call explain() for flagged comments. */
  reasons: Reason[];
}

/** What a comment is shown as: the page hook data-vigie-verdict. */
export type VerdictKind = 'hostile' | 'rumour' | 'ok';
