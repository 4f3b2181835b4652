import type { DateTime } from 'luxon';
import { customerBooking } from './booking-details.ts';

/** What only the `full` data scope may show (seed: Lock.me, "contact details"). */
export const customerContact = [customerBooking.customer.email, customerBooking.customer.phone];

/**
 * What the description of a booking's event tells in the `full` and `no_contact` data scopes (spec §5 "Bookings →
 * calendar"): name, price, participants, language, notes, booking id, room, and the visit in the room's time. The room
 * and the calendar keep other zones than UTC, so a visit rendered in the wrong zone does not match.
 */
export function describedDetails(booking: { id: string }, roomName: string, start: DateTime): (string | RegExp)[] {
  const { name, notes, language } = customerBooking;
  // The price is 12000 minor units of PLN; the participants a lone number (a 6 inside a date or an id is no match).
  return [
    name,
    '120.00',
    'PLN',
    /\b6\b/,
    language,
    notes,
    booking.id,
    roomName,
    start.toFormat('yyyy-LL-dd'),
    start.toFormat('HH:mm'),
  ];
}
