import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('note')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('body', 'text', (col) => col.notNull())
    .execute();
}
