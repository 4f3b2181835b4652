import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Whether the partner wants the integration active (activate until deactivate), apart from its status: a
  // re-authorization after needs_reauth returns to `active` only when it was, else to `authorized`.
  await sql`alter table integrations add column activated boolean not null default false`.execute(db);
}
