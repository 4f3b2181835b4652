import type { DateTime } from 'luxon';
import { plainBooking } from './booking-details.ts';
import { expectStatus } from './expect-status.ts';
import type { LinkedRoom } from './linked-room.ts';

/** The partner books a plain half-hour visit in the room; answers the booking id. */
export async function book(room: LinkedRoom, start: DateTime): Promise<string> {
  const made = await room.bookings.post('/v1/bookings', plainBooking(room.roomId, start));
  expectStatus(`book in ${room.label}`, made, 201);
  return made.body.id;
}

/** The partner cancels a booking in booking-service. */
export async function cancelBooking(room: LinkedRoom, bookingId: string): Promise<void> {
  expectStatus(`cancel in ${room.label}`, await room.bookings.post(`/v1/bookings/${bookingId}/cancel`), 200);
}
