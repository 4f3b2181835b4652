import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notification_settings (
      partner_id uuid primary key,
      email text,
      webhook_url text,
      webhook_secret text,
      customer_confirmations boolean not null default false,
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Projections of booking-service's events: what a message needs to name the room and the booking's time.
  await sql`
    create table rooms (
      id text primary key,
      partner_id uuid not null,
      name text not null,
      timezone text not null,
      version integer
    )`.execute(db);
  // No customer data: the confirmation's recipient lives on its notification row, nowhere else.
  await sql`
    create table bookings (
      id text primary key,
      partner_id uuid not null,
      room_id text not null,
      start_at timestamptz not null,
      end_at timestamptz not null,
      status text not null,
      language text,
      external_ref text,
      version integer not null
    )`.execute(db);
  // BlockApplied's blocks: when the calendar event that caused a conflict takes place.
  await sql`
    create table blocks (
      id text primary key,
      partner_id uuid not null,
      room_id text not null,
      event_id text not null,
      start_at timestamptz not null,
      end_at timestamptz not null,
      all_day boolean not null,
      version integer not null
    )`.execute(db);
  await sql`
    create table notifications (
      id uuid primary key,
      partner_id uuid not null,
      event_id text not null,
      trigger text not null,
      channel text not null,
      recipient text not null,
      context jsonb not null,
      status text not null default 'pending',
      attempts integer not null default 0,
      last_error text,
      due_at timestamptz not null default now(),
      leased_until timestamptz,
      -- Milliseconds, as JavaScript keeps them, so a list cursor holds a row's exact position.
      created_at timestamptz not null default date_trunc('milliseconds', now()),
      sent_at timestamptz,
      -- Spec §5: exactly one notification per (event, channel, recipient), however often the event arrives.
      constraint notifications_once unique (event_id, channel, recipient)
    )`.execute(db);
  await sql`create index notifications_due on notifications (due_at) where status = 'pending'`.execute(db);
  await sql`create index notifications_partner_log on notifications (partner_id, created_at desc, id desc)`.execute(db);
  await sql`create index notifications_log on notifications (created_at desc, id desc)`.execute(db);
}
