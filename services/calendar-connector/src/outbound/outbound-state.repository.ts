import type { BookingSnapshot } from '@calbridge/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import type { DataScope, IntegrationAuth, IntegrationStatus } from '../integrations/integration.table.ts';

const outboundModes = ['bidirectional', 'to_calendar'] as const;

/** Everything the plan of one booking needs, read in one round trip. */
export interface OutboundState {
  booking?: { status: string; snapshot: BookingSnapshot };
  /** The integration (outbound mode, same partner) linking the booking's room, with its calendar. */
  link?: {
    integrationId: string;
    auth: IntegrationAuth;
    googleAccount: string | null;
    status: IntegrationStatus;
    dataScope: DataScope;
    calendarId: string;
  };
  room?: { name: string; timezone: string };
  /** The event calbridge wrote for the booking before. */
  written?: { integrationId: string; calendarId: string; eventId: string; hash: string };
}

export async function readOutboundState(db: Db, bookingId: string): Promise<OutboundState> {
  const row = await db
    .selectFrom(sql<{ id: string }>`(select ${bookingId}::uuid as id)`.as('k'))
    .leftJoin('bookings as b', 'b.id', 'k.id')
    .leftJoin('booking_events as e', 'e.booking_id', 'k.id')
    .leftJoin('room_links as l', 'l.room_id', 'b.room_id')
    .leftJoin('integrations as i', (join) =>
      join
        .onRef('i.id', '=', 'l.integration_id')
        .onRef('i.partner_id', '=', 'b.partner_id')
        .on('i.mode', 'in', outboundModes),
    )
    .leftJoin('rooms as r', 'r.id', 'b.room_id')
    .select([
      'b.status as booking_status',
      'b.snapshot',
      'e.integration_id as written_integration',
      'e.calendar_id as written_calendar',
      'e.event_id',
      'e.content_hash',
      'i.id as integration_id',
      'i.auth',
      'i.google_account',
      'i.status as integration_status',
      'i.data_scope',
      'l.calendar_id as link_calendar',
      'r.name as room_name',
      'r.timezone as room_timezone',
    ])
    .executeTakeFirstOrThrow();
  return {
    ...(row.booking_status && row.snapshot ? { booking: { status: row.booking_status, snapshot: row.snapshot } } : {}),
    ...(row.integration_id && row.auth && row.integration_status && row.data_scope && row.link_calendar
      ? {
          link: {
            integrationId: row.integration_id,
            auth: row.auth,
            googleAccount: row.google_account,
            status: row.integration_status,
            dataScope: row.data_scope,
            calendarId: row.link_calendar,
          },
        }
      : {}),
    ...(row.room_name !== null && row.room_timezone
      ? { room: { name: row.room_name, timezone: row.room_timezone } }
      : {}),
    ...(row.written_integration && row.written_calendar && row.event_id && row.content_hash
      ? {
          written: {
            integrationId: row.written_integration,
            calendarId: row.written_calendar,
            eventId: row.event_id,
            hash: row.content_hash,
          },
        }
      : {}),
  };
}
