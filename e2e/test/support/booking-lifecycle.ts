import type { calendar_v3 } from '@googleapis/calendar';
import type { DateTime } from 'luxon';
import { pendingBooking } from './booking-details.ts';
import { expectStatus } from './expect-status.ts';
import { writesBookings } from './integration-matrix.ts';
import type { LinkedRoom } from './linked-room.ts';
import { bookingEventIn } from './owner-calendar.ts';

/** A booking made pending payment and then paid online, with its Google event as the owner saw it after each step. */
export interface PaidBooking {
  /** booking-service's answer to the payment. */
  booking: { id: string; status: string; paidOnline: boolean };
  whilePending?: calendar_v3.Schema$Event;
  oncePaid?: calendar_v3.Schema$Event;
}

/**
 * The customer books (pending payment), then pays online. In a mode that writes bookings the payment is made only
 * once Google shows the pending booking, so both versions of the event are seen.
 */
export async function bookThenPayOnline(room: LinkedRoom, start: DateTime): Promise<PaidBooking> {
  const created = await room.bookings.post('/v1/bookings', pendingBooking(room.roomId, start));
  expectStatus(`book in ${room.label}`, created, 201);
  const bookingId: string = created.body.id;
  const whilePending = writesBookings(room.mode) ? await bookingEventIn(room, bookingId) : undefined;
  const paid = await room.bookings.patch(`/v1/bookings/${bookingId}`, { status: 'confirmed', paidOnline: true });
  expectStatus(`pay in ${room.label}`, paid, 200);
  const oncePaid = whilePending && (await bookingEventIn(room, bookingId, whilePending));
  return { booking: paid.body, whilePending, oncePaid };
}
