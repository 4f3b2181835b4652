import type { BookingSnapshot } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';

/** Keeps the latest version of a booking's time, room and language; stale and repeated snapshots change nothing. */
export async function upsertBooking(db: Db, booking: BookingSnapshot): Promise<void> {
  const row = {
    id: booking.id,
    partner_id: booking.partnerId,
    room_id: booking.roomId,
    start_at: booking.start,
    end_at: booking.end,
    status: booking.status,
    language: booking.language ?? null,
    external_ref: booking.externalRef ?? null,
    version: booking.version,
  };
  await db
    .insertInto('bookings')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column('id')
        .doUpdateSet(row)
        .where('bookings.version', '<', booking.version)
        .where('bookings.partner_id', '=', booking.partnerId),
    )
    .execute();
}
