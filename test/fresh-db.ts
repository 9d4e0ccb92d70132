/** Each test of the calling file gets its own empty database (fake IndexedDB), deleted after it. */
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { useDatabaseForTests, VigieDatabase } from '../lib/db';

export function useFreshDatabase(prefix = 'vigie-test', before?: () => void): void {
  let name = '';
  beforeEach(() => {
    name = `${prefix}-${Math.random()}`;
    useDatabaseForTests(new VigieDatabase(name));
    before?.();
  });
  afterEach(async () => {
    useDatabaseForTests(null);
    await Dexie.delete(name);
  });
}
