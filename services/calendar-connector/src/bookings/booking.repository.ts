import type { BookingSnapshot } from '@calbridge/contracts';
import type { Db } from '../db/db.ts';

/**
 * Keeps the newest snapshot of a booking; an older version changes nothing (spec §3: versions only grow). Answers
 * false for an older version. The same version again (a dead-lettered event replayed) is taken, so its Google
 * event gets another chance.
 */
export async function upsertBooking(db: Db, booking: BookingSnapshot): Promise<boolean> {
  const values = {
    partner_id: booking.partnerId,
    room_id: booking.roomId,
    end_at: new Date(booking.end),
    status: booking.status,
    snapshot: JSON.stringify(booking),
    version: booking.version,
  };
  const taken = await db
    .insertInto('bookings')
    .values({ id: booking.id, ...values })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet(values)
        .where('bookings.version', '<=', booking.version)
        .where('bookings.partner_id', '=', booking.partnerId),
    )
    .returning('id')
    .executeTakeFirst();
  return taken !== undefined;
}
