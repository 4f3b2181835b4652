import type { Kysely } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('messaging_inbox_processed_at').on('messaging_inbox').column('processed_at').execute();
}
