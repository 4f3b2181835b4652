import type { BookingSnapshot } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';

/** Stores the snapshot unless a version at least as new is held; says whether it was applied. */
export async function upsertBooking(db: Db, booking: BookingSnapshot): Promise<boolean> {
  const row = {
    id: booking.id,
    partner_id: booking.partnerId,
    room_id: booking.roomId,
    start_at: new Date(booking.start),
    end_at: new Date(booking.end),
    status: booking.status,
    version: booking.version,
  };
  const applied = await db
    .insertInto('bookings')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row).where('bookings.version', '<', booking.version))
    .executeTakeFirst();
  return applied.numInsertedOrUpdatedRows === 1n;
}
