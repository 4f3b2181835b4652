import { createHash } from 'node:crypto';
import type { BookingSnapshot } from '@calbridge/contracts';
import type { calendar_v3 } from '@googleapis/calendar';
import { DateTime } from 'luxon';
import type { DataScope } from '../integrations/integration.table.ts';
import { eventIdFor } from './event-id.ts';

export interface EventRoom {
  name: string;
  timezone: string;
}

/** The private extended property that marks an event as calbridge's own (spec §5). */
export const bookingIdProperty = 'calbridgeBookingId';

/** The marker of a booking not yet paid, and of one paid online (seeds: Lock.me). */
export const summaryOf = (booking: BookingSnapshot): string =>
  `${booking.status === 'pending_payment' ? '#block ' : ''}${booking.name}${booking.paidOnline ? ' [paid online]' : ''}`;

/**
 * The Google event of a booking, by data scope (spec §5): `full` describes the booking, `no_contact` leaves out
 * e-mail and phone, `name_only` has the summary alone. Times carry the room's time zone; no attendees, ever.
 */
export function eventContent(booking: BookingSnapshot, room: EventRoom, scope: DataScope): calendar_v3.Schema$Event {
  const at = (instant: string) => ({
    dateTime: DateTime.fromISO(instant, { zone: room.timezone }).toISO({ suppressMilliseconds: true }),
    timeZone: room.timezone,
  });
  return {
    id: eventIdFor(booking.id),
    summary: summaryOf(booking),
    ...(scope === 'name_only' ? {} : { description: describe(booking, room, scope), location: room.name }),
    start: at(booking.start),
    end: at(booking.end),
    extendedProperties: { private: { [bookingIdProperty]: booking.id } },
  };
}

function describe(booking: BookingSnapshot, room: EventRoom, scope: DataScope): string {
  const local = (instant: string) => DateTime.fromISO(instant, { zone: room.timezone });
  const start = local(booking.start);
  const contact = scope === 'full';
  const lines: [string, string | number | undefined][] = [
    ['Name', booking.name],
    ['Price', booking.price && formatPrice(booking.price)],
    ['E-mail', contact ? booking.customer.email : undefined],
    ['Phone', contact ? booking.customer.phone : undefined],
    ['Participants', booking.participants],
    ['Language', booking.language],
    ['Notes', booking.notes],
    ['Booking', booking.id],
    ['Room', room.name],
    ['Visit', `${start.toFormat('yyyy-LL-dd HH:mm')}–${local(booking.end).toFormat('HH:mm')} (${room.timezone})`],
  ];
  return lines
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

/** Minor units in the currency's own exponent: 12000 PLN-grosze → "120.00 PLN". */
function formatPrice({ amount, currency }: { amount: number; currency: string }): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${(amount / 10 ** digits).toFixed(digits)} ${currency}`;
}

/** What identifies a written event's content: an unchanged hash means Google already has it. */
export const contentHash = (calendarId: string, content: calendar_v3.Schema$Event): string =>
  createHash('sha256')
    .update(JSON.stringify([calendarId, content]))
    .digest('base64url');
