import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table integrations (
      id uuid primary key,
      partner_id uuid not null,
      name text not null,
      mode text not null check (mode in ('bidirectional', 'to_calendar', 'from_calendar')),
      data_scope text not null check (data_scope in ('full', 'no_contact', 'name_only')),
      auth text not null check (auth in ('oauth', 'service_account')),
      status text not null default 'draft'
        check (status in ('draft', 'authorized', 'active', 'inactive', 'needs_reauth', 'error')),
      reason text,
      google_account text,
      granted_scopes text[] not null default '{}',
      -- Grows with every status change, so consumers of IntegrationStatusChanged can drop stale ones.
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index integrations_partner_id on integrations (partner_id, id)`.execute(db);

  // Refresh tokens, sealed with AES-256-GCM; the integration id is the associated data, so a sealed token copied
  // onto another integration does not open.
  await sql`
    create table integration_credentials (
      integration_id uuid primary key references integrations (id) on delete cascade,
      key_id text not null,
      sealed bytea not null,
      updated_at timestamptz not null default now()
    )`.execute(db);

  // One row per authorize URL handed out: the state is single-use (used_at) and expires.
  await sql`
    create table oauth_authorizations (
      id uuid primary key,
      integration_id uuid not null references integrations (id) on delete cascade,
      code_verifier text not null,
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);

  // A room has one calendar (the seeds' "one calendar per room"), so a room is linked once across integrations.
  await sql`
    create table room_links (
      integration_id uuid not null references integrations (id) on delete cascade,
      room_id uuid not null unique,
      partner_id uuid not null,
      calendar_id text not null,
      health text not null default 'pending' check (health in ('pending', 'ok', 'access_lost', 'error')),
      reason text,
      warning text,
      channel_expires_at timestamptz,
      last_synced_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (integration_id, room_id)
    )`.execute(db);
  await sql`create index room_links_calendar_id on room_links (calendar_id)`.execute(db);

  // Projections of booking-service's rooms and bookings, newest version wins.
  await sql`
    create table rooms (
      id uuid primary key,
      partner_id uuid not null,
      name text not null,
      timezone text not null,
      version integer not null
    )`.execute(db);
  await sql`
    create table bookings (
      id uuid primary key,
      partner_id uuid not null,
      room_id uuid not null,
      end_at timestamptz not null,
      status text not null,
      snapshot jsonb not null,
      version integer not null
    )`.execute(db);
  await sql`create index bookings_room_id_end_at on bookings (room_id, end_at)`.execute(db);

  // The Google event each booking has, where, and a hash of what was written, so an unchanged booking costs no call.
  await sql`
    create table booking_events (
      booking_id uuid primary key,
      integration_id uuid not null,
      calendar_id text not null,
      event_id text not null,
      content_hash text not null,
      written_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index booking_events_integration_id on booking_events (integration_id)`.execute(db);

  // Bookings whose Google event must be brought in line with their current state. One row per booking whatever
  // the number of changes: a burst of changes costs one Google call. generation tells a change that arrived while
  // a worker was writing the previous one.
  await sql`
    create table outbound_work (
      booking_id uuid primary key,
      generation bigint not null default 1,
      due_at timestamptz not null default now(),
      attempts integer not null default 0,
      leased_until timestamptz,
      last_error text,
      failed_at timestamptz,
      trigger_event jsonb
    )`.execute(db);
  await sql`create index outbound_work_due on outbound_work (due_at) where failed_at is null`.execute(db);
}
