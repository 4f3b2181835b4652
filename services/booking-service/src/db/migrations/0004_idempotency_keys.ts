import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table idempotency_keys (
      partner_id uuid not null,
      key text not null,
      fingerprint text not null,
      response jsonb,
      created_at timestamptz not null default now(),
      primary key (partner_id, key)
    )`.execute(db);
}
