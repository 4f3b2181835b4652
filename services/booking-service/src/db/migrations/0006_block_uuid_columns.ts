import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Block and room ids are uuids (spec §4). As text, `ABC…` and `abc…` were different rooms, so a booking naming its
  // room in upper case slipped past the block check; as uuid, Postgres compares them as the same value.
  await sql`
    alter table blocks
      alter column id type uuid using id::uuid,
      alter column room_id type uuid using room_id::uuid`.execute(db);
}
