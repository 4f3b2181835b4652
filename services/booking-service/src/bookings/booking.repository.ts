import type { PartnerScope } from '@calbridge/http';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { slotTaken } from '../errors/booking-problems.ts';
import { type Booking, toBooking } from './booking.ts';
import { toBookingColumns } from './booking-row.ts';

// exclusion_violation: https://www.postgresql.org/docs/current/errcodes-appendix.html
const overlapsAnotherBooking = (error: unknown) =>
  (error as { code?: string; constraint?: string }).constraint === 'bookings_no_overlap';

/** Writes the whole snapshot over the stored row (the caller holds its row lock). */
export async function saveBooking(trx: Kysely<Database>, booking: Booking): Promise<Booking> {
  const { id, ...columns } = toBookingColumns(booking);
  try {
    const row = await trx
      .updateTable('bookings')
      .set({ ...columns, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toBooking(row);
  } catch (error) {
    throw overlapsAnotherBooking(error) ? slotTaken() : error;
  }
}

/** The booking in scope, optionally locked until the transaction ends (so changes to it apply one at a time). */
export async function findBooking(
  db: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Booking | undefined> {
  const row = await db
    .selectFrom('bookings')
    .selectAll()
    .where('id', '=', id)
    .$if(scope !== undefined, (qb) => qb.where('partner_id', '=', scope as string))
    .$if(options.forUpdate === true, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row && toBooking(row);
}
