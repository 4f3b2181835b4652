import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists btree_gist`.execute(db);
  await sql`
    create table bookings (
      id uuid primary key,
      partner_id uuid not null,
      room_id uuid not null references rooms (id),
      start_at timestamptz not null,
      end_at timestamptz not null,
      status text not null check (status in ('pending_payment', 'confirmed', 'cancelled')),
      paid_online boolean not null,
      name text not null,
      customer_email text,
      customer_phone text,
      price_amount bigint,
      price_currency text,
      participants integer,
      language text,
      notes text,
      external_ref text,
      version integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (end_at > start_at),
      check ((price_amount is null) = (price_currency is null)),
      -- The no-double-booking rule lives here, so two concurrent inserts cannot both pass it (no read-then-write).
      constraint bookings_no_overlap exclude using gist (
        room_id with =,
        tstzrange(start_at, end_at, '[)') with &&
      ) where (status <> 'cancelled')
    )`.execute(db);
  await sql`create index bookings_partner_start on bookings (partner_id, start_at, id)`.execute(db);
  await sql`create index bookings_room_start on bookings (room_id, start_at, id)`.execute(db);
}
