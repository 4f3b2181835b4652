import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rooms (
      id uuid primary key,
      partner_id uuid not null,
      name text not null,
      timezone text not null,
      version integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index rooms_partner_id on rooms (partner_id, id)`.execute(db);
}
