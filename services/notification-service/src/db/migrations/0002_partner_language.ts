import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
// The language partner messages are written in; partners that never chose one keep reading English.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notification_settings add column language text not null default 'en'`.execute(db);
}
