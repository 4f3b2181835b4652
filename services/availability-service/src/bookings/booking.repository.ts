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

/** Active bookings whose start lies in [start, end): the ones a block over that interval conflicts with. */
export async function findActiveBookingsStartingIn(db: Db, roomId: string, start: Date, end: Date) {
  return db
    .selectFrom('bookings')
    .select('id')
    .where('room_id', '=', roomId)
    .where('status', '!=', 'cancelled')
    .where('start_at', '>=', start)
    .where('start_at', '<', end)
    .orderBy('start_at')
    .execute();
}

/** Active bookings overlapping [from, to). */
export function listActiveBookings(db: Db, roomId: string, window: { from: Date; to: Date }) {
  return db
    .selectFrom('bookings')
    .select(['id', 'start_at', 'end_at'])
    .where('room_id', '=', roomId)
    .where('status', '!=', 'cancelled')
    .where('start_at', '<', window.to)
    .where('end_at', '>', window.from)
    .orderBy('start_at')
    .execute();
}
