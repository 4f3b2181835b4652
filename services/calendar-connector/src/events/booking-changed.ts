import type { BookingSnapshot, CalbridgeEvent } from '@calbridge/contracts';
import { type IncomingMessage, type Refusal, refuse, storedMessage } from '@calbridge/messaging';
import { upsertBooking } from '../bookings/booking.repository.ts';
import type { Db } from '../db/db.ts';
import { queueChangedBooking } from '../outbound/outbound-queue.repository.ts';

/**
 * What BookingCreated, BookingUpdated and BookingCancelled have in common here: keep the snapshot, and queue the
 * booking's Google event for the outbound worker when the booking is (or was) in a linked room. The Google call
 * happens outside this transaction, so a slow or rate-limited Google never holds the consumer.
 */
export async function onBookingChanged(
  db: Db,
  event: CalbridgeEvent,
  booking: BookingSnapshot,
  message: IncomingMessage,
): Promise<Refusal[]> {
  if (booking.partnerId !== event.partnerid) {
    return refuse(event, `booking ${booking.id} belongs to ${booking.partnerId}, the event names ${event.partnerid}`);
  }
  const room = await db.selectFrom('rooms').select('partner_id').where('id', '=', booking.roomId).executeTakeFirst();
  if (room && room.partner_id !== booking.partnerId) {
    return refuse(event, `room ${booking.roomId} belongs to another partner than booking ${booking.id}`);
  }
  if (!(await upsertBooking(db, booking))) return [];
  await queueChangedBooking(db, booking, { eventId: event.id, message: storedMessage(message) });
  return [];
}
