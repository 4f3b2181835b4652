import type { Kysely } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // BRIN: rows arrive in processed_at order, so a few pages of summary serve the hourly prune, and unlike a btree it
  // costs the inbox insert (the consumer's hot path) next to nothing.
  await db.schema
    .createIndex('messaging_inbox_processed_at')
    .on('messaging_inbox')
    .using('brin')
    .column('processed_at')
    .execute();
}
