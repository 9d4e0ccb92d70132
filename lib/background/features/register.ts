import { activeClaims, appendAudit, claims } from '../../db';
import type { BackgroundFeature } from '../feature';

/** The rumour register, read by the pages so that comments are matched where they are shown. */
export const registerFeature: BackgroundFeature = {
  name: 'register',
  handlers: {
    'cs:get-register': async () => ({
      claims: (await activeClaims()).map((c) => ({
        id: c.id,
        statement: c.statement,
        lang: c.lang,
        variants: c.variants,
        keywords: c.keywords,
        status: c.status,
        active: c.active,
      })),
    }),
    'cs:add-claim': async ({ statement, lang, variants }, sender) => {
      const now = new Date().toISOString();
      const id = `emerging-${globalThis.crypto.randomUUID().slice(0, 8)}`;
      await claims.save({
        id, statement, lang, variants, keywords: [], status: 'unverified', correctionText: '', correctionLink: '', replyIds: [],
        severity: 'medium', owner: '', active: true, createdAt: now, updatedAt: now,
      });
      await appendAudit({ kind: 'import', detail: `register entry ${id} added from an emerging rumour on ${sender.url ?? 'a page'}` });
      return { id };
    },
  },
};
