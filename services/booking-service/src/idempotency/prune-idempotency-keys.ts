import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { idempotencyKeyLifetime } from './idempotency.repository.ts';

/** Deletes keys past their lifetime, in small batches so no long lock is held; resolves how many went. */
export async function pruneIdempotencyKeys(db: Kysely<Database>, batchSize = 5_000): Promise<number> {
  let removed = 0;
  for (;;) {
    const result = await sql`
      delete from idempotency_keys where ctid in (
        select ctid from idempotency_keys
        where created_at < now() - ${idempotencyKeyLifetime}::interval limit ${batchSize})`.execute(db);
    const count = Number(result.numAffectedRows ?? 0n);
    removed += count;
    if (count < batchSize) return removed;
  }
}
