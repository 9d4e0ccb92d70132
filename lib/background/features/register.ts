import { appendAudit, claims } from '../../db';
import { forgetRegister } from './classify';
import type { BackgroundFeature } from '../feature';

/** The rumour register, as pages add to it (an emerging rumour becomes an entry). */
export const registerFeature: BackgroundFeature = {
  name: 'register',
  handlers: {
    'cs:add-claim': async ({ statement, lang, variants }, sender) => {
      const now = new Date().toISOString();
      const id = `emerging-${globalThis.crypto.randomUUID().slice(0, 8)}`;
      await claims.save({
        id, statement, lang, variants, keywords: [], status: 'unverified', correctionText: '', correctionLink: '', replyIds: [],
        severity: 'medium', owner: '', active: true, createdAt: now, updatedAt: now,
      });
      // The page classifies again at once: the new entry must match without waiting for the watch.
      forgetRegister();
      await appendAudit({ kind: 'import', detail: `register entry ${id} added from an emerging rumour on ${sender.url ?? 'a page'}` });
      return { id };
    },
  },
};
