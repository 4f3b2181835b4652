import type { PartnerScope } from '@calbridge/http';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type Booking, type BookingStatus, toBooking } from './booking.ts';
import type { BookingCursor } from './booking-cursor.ts';

export interface BookingFilter {
  roomId?: string;
  /** Bookings that end after `from` and start before `to`: those overlapping the window. */
  from?: string;
  to?: string;
  status?: BookingStatus[];
}

/** One page in (start, id) order; keyset pagination, so pages stay stable while bookings are added. */
export async function listBookings(
  db: Kysely<Database>,
  scope: PartnerScope,
  filter: BookingFilter,
  page: { limit: number; after?: BookingCursor },
): Promise<Booking[]> {
  const { roomId, from, to, status } = filter;
  const after = page.after;
  const rows = await db
    .selectFrom('bookings')
    .selectAll()
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .$if(roomId !== undefined, (qb) => qb.where('room_id', '=', roomId as string))
    .$if(from !== undefined, (qb) => qb.where('end_at', '>', new Date(from as string)))
    .$if(to !== undefined, (qb) => qb.where('start_at', '<', new Date(to as string)))
    .$if(status !== undefined && status.length > 0, (qb) => qb.where('status', 'in', status as BookingStatus[]))
    .$if(after !== undefined, (qb) =>
      qb.where((eb) =>
        eb(eb.refTuple('start_at', 'id'), '>', eb.tuple(new Date(after?.start as string), after?.id as string)),
      ),
    )
    .orderBy('start_at')
    .orderBy('id')
    .limit(page.limit)
    .execute();
  return rows.map(toBooking);
}
