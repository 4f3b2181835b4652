import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messaging_outbox')
    .addColumn('seq', 'bigserial', (col) => col.primaryKey())
    .addColumn('id', 'uuid', (col) => col.notNull().unique())
    .addColumn('shard', 'smallint', (col) => col.notNull())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('headers', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('messaging_outbox_shard_seq').on('messaging_outbox').columns(['shard', 'seq']).execute();
  await db.schema
    .createTable('messaging_outbox_shard')
    .addColumn('shard', 'smallint', (col) => col.primaryKey())
    .execute();
  await sql`insert into messaging_outbox_shard (shard) select generate_series(0, 31)`.execute(db);
  await db.schema
    .createTable('messaging_inbox')
    .addColumn('consumer', 'text', (col) => col.notNull())
    .addColumn('event_id', 'uuid', (col) => col.notNull())
    .addColumn('processed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('messaging_inbox_pkey', ['consumer', 'event_id'])
    .execute();
}
