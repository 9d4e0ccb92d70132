import { activeClaims } from '../../db';
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
  },
};
