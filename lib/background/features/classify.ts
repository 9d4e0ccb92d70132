/**
 * Classification for the pages (see comment-classifier.ts for why it runs here): a page sends the
 * comments it read and gets their verdicts, with the team's register and the moderator's earlier
 * dismissals applied; the in-page reply card sends its draft for the tone check.
 */
import { checkReplyTone } from '../../classify';
import { packClassified } from '../../classify-answer';
import { activeClaims, claims, dismissedAmong } from '../../db';
import { CommentClassifier } from '../comment-classifier';
import type { BackgroundFeature } from '../feature';

const classifier = new CommentClassifier();
/** The compiled register, loaded on first use and again after any change to the register. */
let registerLoaded: Promise<void> | null = null;

function registerReady(): Promise<void> {
  registerLoaded ??= activeClaims().then(
    (list) => classifier.setRegister(list),
    (e: unknown) => {
      // A page still gets hostility and rumour verdicts; the next request tries the register again.
      registerLoaded = null;
      console.warn('[vigie] register unavailable, matching off for this request', e);
    },
  );
  return registerLoaded;
}

/** The register changed (here, in the options page or the dashboard): compile it again when next needed. */
export function forgetRegister(): void {
  registerLoaded = null;
}

export const classifyFeature: BackgroundFeature = {
  name: 'classify',
  handlers: {
    'cs:classify': async ({ platform, sensitivity, items }) => {
      const [dismissed] = await Promise.all([dismissedAmong(platform, items.map((i) => i.id)), registerReady()]);
      const wasDismissed = new Set(dismissed);
      // As one JSON string (lib/messages.ts, jsonOf): the page receives it in one piece.
      return JSON.stringify(packClassified(items.map(({ id, text }) => ({ id, ...classifier.classify(text, sensitivity), dismissed: wasDismissed.has(id) }))));
    },
    'cs:check-tone': ({ text }) => checkReplyTone(text),
  },
  start() {
    // liveQuery sees writes from every context of the extension (Dexie broadcasts them).
    claims.watch().subscribe({ next: () => forgetRegister(), error: (e: unknown) => console.warn('[vigie] register watch stopped', e) });
    // The models' first use (decoding, indexing the lexicons) before the first page asks.
    setTimeout(() => classifier.warmUp(), 0);
  },
};
