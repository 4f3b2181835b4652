import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per calendar an integration reads (a linked calendar; ADR 0009). `requested` grows with every reason
  // to sync (a push, the backstop, a manual sync, a new link); a sync covers the requests it saw when claimed, so a
  // burst of pushes costs one sync and a push during a sync costs one more. The sync token is replaced only by the
  // sync that read it (lease_id), in the transaction that publishes what it found.
  await sql`
    create table calendar_syncs (
      integration_id uuid not null references integrations (id) on delete cascade,
      calendar_id text not null,
      sync_token text,
      requested bigint not null default 1,
      synced bigint not null default 0,
      full_requested boolean not null default true,
      due_at timestamptz not null default now(),
      backstop_at timestamptz not null default now(),
      -- A calendar starts with a full sync; its first reconcile is due a day later.
      reconcile_at timestamptz not null default now() + interval '1 day',
      lease_id uuid,
      leased_until timestamptz,
      attempts integer not null default 0,
      last_error text,
      last_synced_at timestamptz,
      primary key (integration_id, calendar_id)
    )`.execute(db);
  // The role Google answered when the room was linked: a "free/busy only" share hides titles and colours.
  await sql`alter table room_links add column access_role text`.execute(db);
  await sql`create index calendar_syncs_due on calendar_syncs (due_at) where requested > synced`.execute(db);
  await sql`create index calendar_syncs_backstop on calendar_syncs (backstop_at)`.execute(db);
  await sql`create index calendar_syncs_reconcile on calendar_syncs (reconcile_at)`.execute(db);
  await sql`
    insert into calendar_syncs (integration_id, calendar_id)
    select distinct integration_id, calendar_id from room_links`.execute(db);

  // Events of other people calbridge told availability about, as it told them, so an unchanged event is not published
  // again, a full sync can release what vanished, and an unlink can tell availability which rooms lost each block.
  await sql`
    create table calendar_events (
      integration_id uuid not null,
      calendar_id text not null,
      event_id text not null,
      recurring_event_id text,
      snapshot jsonb not null,
      content_hash text not null,
      primary key (integration_id, calendar_id, event_id),
      foreign key (integration_id, calendar_id) references calendar_syncs (integration_id, calendar_id) on delete cascade
    )`.execute(db);

  // Google push channels (events.watch). The token is a per-channel secret, kept only as a SHA-256 hash. No foreign
  // key to integrations: a channel must outlive its integration's row until Google has been told to stop it.
  await sql`
    create table watch_channels (
      id uuid primary key,
      integration_id uuid not null,
      calendar_id text not null,
      resource_id text,
      token_hash bytea not null,
      state text not null default 'opening' check (state in ('opening', 'open', 'stopping', 'stopped')),
      expires_at timestamptz,
      due_at timestamptz not null default now(),
      attempts integer not null default 0,
      leased_until timestamptz,
      last_error text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index watch_channels_calendar on watch_channels (integration_id, calendar_id)`.execute(db);
  await sql`create index watch_channels_due on watch_channels (due_at) where state <> 'stopped'`.execute(db);

  // The "Synchronize calendars" button (spec §4): one row per request, its progress counted by the work it caused.
  await sql`
    create table manual_syncs (
      id uuid primary key,
      integration_id uuid not null references integrations (id) on delete cascade,
      partner_id uuid not null,
      direction text not null check (direction in ('both', 'to_calendar', 'from_calendar')),
      room_id uuid,
      status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
      calendars_total integer not null default 0,
      calendars_done integer not null default 0,
      events_changed integer not null default 0,
      bookings_written integer not null default 0,
      error text,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  // Which calendars a manual sync still waits for: a calendar sync that covers request number `requested` ticks it.
  await sql`
    create table manual_sync_calendars (
      manual_sync_id uuid not null references manual_syncs (id) on delete cascade,
      integration_id uuid not null,
      calendar_id text not null,
      requested bigint not null,
      done boolean not null default false,
      primary key (manual_sync_id, calendar_id)
    )`.execute(db);
}
