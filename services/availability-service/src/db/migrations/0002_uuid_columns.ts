import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every id calbridge issues is a uuid (spec §4). As text, `ABC…` and `abc…` were different rooms, bookings and
  // blocks to every comparison; as uuid, Postgres treats them as one value and answers them in lower case.
  // Google's calendar and event ids stay text, exactly as Google gives them.
  await sql`alter table rooms alter column id type uuid using id::uuid`.execute(db);
  await sql`alter table room_schedules alter column room_id type uuid using room_id::uuid`.execute(db);
  await sql`alter table room_block_rules alter column room_id type uuid using room_id::uuid`.execute(db);
  await sql`
    alter table bookings
      alter column id type uuid using id::uuid,
      alter column room_id type uuid using room_id::uuid`.execute(db);
  await sql`
    alter table blocks
      alter column id type uuid using id::uuid,
      alter column room_id type uuid using room_id::uuid,
      alter column integration_id type uuid using integration_id::uuid`.execute(db);
  await sql`
    alter table block_conflicts
      alter column booking_id type uuid using booking_id::uuid,
      alter column block_id type uuid using block_id::uuid`.execute(db);
}
