import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A projection of availability-service's blocks. Released blocks stay as inactive rows carrying their version,
  // so a late, older BlockApplied cannot bring them back.
  await sql`
    create table blocks (
      id text primary key,
      partner_id uuid not null,
      room_id text not null,
      start_at timestamptz,
      end_at timestamptz,
      active boolean not null,
      version integer not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index blocks_active_room on blocks (room_id, start_at) where active`.execute(db);
}
