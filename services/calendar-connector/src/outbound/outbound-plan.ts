import type { BookingSnapshot } from '@calbridge/contracts';
import type { calendar_v3 } from '@googleapis/calendar';
import type { Db } from '../db/db.ts';
import type { IntegrationIdentity } from '../google/google-sessions.ts';
import type { IntegrationStatus } from '../integrations/integration.table.ts';
import { contentHash, eventContent } from './event-content.ts';
import { type OutboundState, readOutboundState } from './outbound-state.repository.ts';

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
  const { booking, link, room, written } = await readOutboundState(db, bookingId);
  const target = booking && booking.status !== 'cancelled' && link ? targetOf(booking.snapshot, link, room) : undefined;
  const plan: OutboundPlan = target ? { target } : {};
  if (!written) return plan;
  const sameCalendar = target?.integration.id === written.integrationId && target.calendarId === written.calendarId;
  if (sameCalendar) {
    return target.hash === written.hash ? {} : { target: { ...target, known: true } };
  }
  const integration = await managingIntegration(db, written.integrationId, written.calendarId);
  if (!integration) return plan;
  return {
    ...plan,
    stale: { integration, calendarId: written.calendarId, eventId: written.eventId, hash: written.hash },
  };
}

/** Where and with what content the booking's event belongs now, whatever calbridge wrote before. */
export async function desiredEvent(db: Db, bookingId: string): Promise<EventTarget | undefined> {
  const { booking, link, room } = await readOutboundState(db, bookingId);
  return booking && booking.status !== 'cancelled' && link ? targetOf(booking.snapshot, link, room) : undefined;
}

function targetOf(
  booking: BookingSnapshot,
  link: NonNullable<OutboundState['link']>,
  room: OutboundState['room'],
): EventTarget | undefined {
  if (!writing(link.status)) return undefined;
  // booking-service publishes a room before its bookings on the same partition; UTC only covers rooms it never sent.
  const content = eventContent(booking, room ?? { name: '', timezone: 'UTC' }, link.dataScope);
  const integration = {
    id: link.integrationId,
    auth: link.auth,
    google_account: link.googleAccount,
    status: link.status,
  };
  const hash = contentHash(link.calendarId, content);
  return { integration, calendarId: link.calendarId, content, hash, known: false };
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
