import { collection, RecordError } from './collection';
import { db } from './database';
import { ClaimSchema, type Claim } from './records';

/** The rumour register. */
export const claims = collection(() => db().claims, ClaimSchema, 'register entry');

export async function activeClaims(): Promise<Claim[]> {
  return (await claims.list()).filter((c) => c.active);
}

/** Largest register file accepted (a register is a few hundred claims, not megabytes). */
export const MAX_CLAIM_IMPORT_BYTES = 2_000_000;

/**
 * Checks a register file (a JSON array of entries) without writing anything. Errors name the
 * entry (1-based) and the field.
 */
export function parseClaimImport(text: string, now = new Date()): Claim[] {
  if (text.length > MAX_CLAIM_IMPORT_BYTES) throw new RecordError(`the file is too large (${text.length} bytes, at most ${MAX_CLAIM_IMPORT_BYTES})`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RecordError(`not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new RecordError('expected a JSON array of register entries');
  const seen = new Map<string, number>();
  return data.map((row, i) => {
    const stamp = now.toISOString();
    const parsed = ClaimSchema.safeParse(row && typeof row === 'object' ? { createdAt: stamp, updatedAt: stamp, ...row } : row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RecordError(`entry ${i + 1}: ${issue?.path.join('.') || '(entry)'}: ${issue?.message}`);
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) throw new RecordError(`entry ${i + 1}: id "${parsed.data.id}" is already used by entry ${first}`);
    seen.set(parsed.data.id, i + 1);
    return parsed.data;
  });
}

/** Imports a register file all-or-nothing: either every entry is saved or none. */
export async function applyClaimImport(text: string): Promise<{ added: number; updated: number }> {
  const incoming = parseClaimImport(text);
  return db().transaction('rw', db().claims, async () => {
    const existing = await db().claims.bulkGet(incoming.map((c) => c.id));
    await db().claims.bulkPut(incoming);
    const updated = existing.filter(Boolean).length;
    return { added: incoming.length - updated, updated };
  });
}
