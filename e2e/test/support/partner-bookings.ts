import type { DateTime } from 'luxon';
import { plainBooking } from './booking-details.ts';
import { expectStatus } from './expect-status.ts';
import type { LinkedRoom } from './linked-room.ts';
import { bookingEventIn } from './owner-calendar.ts';
import type { System } from './system-fixture.ts';

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

/**
 * Resolves once the connector has heard every booking event so far and has written a booking made after them in
 * `writer`, a room whose calendar it writes: whatever it was going to do in Google for the earlier ones had its turn.
 */
export async function connectorSettled(system: System, writer: LinkedRoom, probeStart: DateTime): Promise<void> {
  await system.connectorCaughtUp();
  await bookingEventIn(writer, await book(writer, probeStart));
}
