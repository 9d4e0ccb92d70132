import { collection } from './collection';
import { db } from './database';
import { ClaimSchema } from './records';

/** The rumour register. */
export const claims = collection(() => db().claims, ClaimSchema, 'register entry');

export async function activeClaims() {
  return (await claims.list()).filter((c) => c.active);
}
