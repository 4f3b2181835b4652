import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // BRIN: keys are written in time order, so a tiny summary serves the hourly prune at almost no insert cost.
  await sql`create index idempotency_keys_created_at on idempotency_keys using brin (created_at)`.execute(db);
}
