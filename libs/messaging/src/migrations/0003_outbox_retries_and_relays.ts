import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('messaging_outbox')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  // The relay skips keys whose first row waits for a retry; only such rows are in this index, so it stays tiny.
  await sql`create index messaging_outbox_retry_key on messaging_outbox (key) where next_attempt_at is not null`.execute(
    db,
  );
  await db.schema
    .createTable('messaging_outbox_relay')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('seen_at', 'timestamptz', (col) => col.notNull())
    .execute();
}
