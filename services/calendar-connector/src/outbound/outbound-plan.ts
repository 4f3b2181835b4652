import type { BookingSnapshot } from '@calbridge/contracts';
import type { calendar_v3 } from '@googleapis/calendar';
import type { Db } from '../db/db.ts';
import type { IntegrationIdentity } from '../google/google-sessions.ts';
import type { IntegrationStatus } from '../integrations/integration.table.ts';
import { contentHash, eventContent } from './event-content.ts';

export interface ManagedIntegration extends IntegrationIdentity {
  status: IntegrationStatus;
}

/** Where a booking's event must be, with what content. */
export interface EventTarget {
  integration: ManagedIntegration;
  calendarId: string;
  content: calendar_v3.Schema$Event;
  hash: string;
  /** calbridge wrote this booking's event into this calendar before. */
  known: boolean;
}

/** The event calbridge wrote for the booking before, in a calendar it still manages. */
export interface WrittenEvent {
  integration: ManagedIntegration;
  calendarId: string;
  eventId: string;
  hash: string;
}

/**
 * What the worker must do for one booking: write `target` (unless the same content is there), remove `stale`
 * (a cancelled booking's event, or the one left in the old room's calendar after a move), or nothing.
 * Events in calendars calbridge no longer manages (integration deactivated or deleted, calendar unlinked) are left
 * alone: they are the partner's now.
 */
export interface OutboundPlan {
  target?: EventTarget;
  stale?: WrittenEvent;
}

const writing = (status: IntegrationStatus) => status === 'active' || status === 'error' || status === 'needs_reauth';
const outboundModes = ['bidirectional', 'to_calendar'] as const;

export async function planOutbound(db: Db, bookingId: string): Promise<OutboundPlan> {
  const booking = await db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
  const written = await db
    .selectFrom('booking_events')
    .selectAll()
    .where('booking_id', '=', bookingId)
    .executeTakeFirst();
  const target = booking && booking.status !== 'cancelled' ? await targetOf(db, booking) : undefined;
  const plan: OutboundPlan = target ? { target } : {};
  if (!written) return plan;
  const sameCalendar = target?.integration.id === written.integration_id && target.calendarId === written.calendar_id;
  if (sameCalendar) {
    return target.hash === written.content_hash ? {} : { target: { ...target, known: true } };
  }
  const integration = await managingIntegration(db, written.integration_id, written.calendar_id);
  if (!integration) return plan;
  const stale = { integration, calendarId: written.calendar_id, eventId: written.event_id, hash: written.content_hash };
  return { ...plan, stale };
}

async function targetOf(
  db: Db,
  booking: { room_id: string; partner_id: string; snapshot: BookingSnapshot },
): Promise<EventTarget | undefined> {
  const link = await db
    .selectFrom('room_links')
    .innerJoin('integrations', 'integrations.id', 'room_links.integration_id')
    .select(['integrations.id', 'auth', 'google_account', 'status', 'data_scope', 'calendar_id'])
    .where('room_links.room_id', '=', booking.room_id)
    .where('integrations.partner_id', '=', booking.partner_id)
    .where('integrations.mode', 'in', outboundModes)
    .executeTakeFirst();
  if (!link || !writing(link.status)) return undefined;
  const room = await db.selectFrom('rooms').selectAll().where('id', '=', booking.room_id).executeTakeFirst();
  // booking-service publishes a room before its bookings on the same partition; UTC only covers rooms it never sent.
  const content = eventContent(booking.snapshot, room ?? { name: '', timezone: 'UTC' }, link.data_scope);
  const integration = { id: link.id, auth: link.auth, google_account: link.google_account, status: link.status };
  const hash = contentHash(link.calendar_id, content);
  return { integration, calendarId: link.calendar_id, content, hash, known: false };
}

/** The integration that wrote into `calendarId`, while it still writes there (active, outbound, calendar linked). */
async function managingIntegration(db: Db, id: string, calendarId: string): Promise<ManagedIntegration | undefined> {
  const row = await db
    .selectFrom('integrations')
    .select(['id', 'auth', 'google_account', 'status'])
    .where('id', '=', id)
    .where('mode', 'in', outboundModes)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('room_links')
          .select('room_id')
          .where('room_links.integration_id', '=', id)
          .where('room_links.calendar_id', '=', calendarId),
      ),
    )
    .executeTakeFirst();
  return row && writing(row.status) ? row : undefined;
}
