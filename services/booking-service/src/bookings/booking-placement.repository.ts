import type { PartnerScope } from '@calbridge/http';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { bookingRoomMissing, slotBlocked, slotTaken } from '../errors/booking-problems.ts';
import type { BookingTable } from './booking.table.ts';
import { type Booking, toBooking } from './booking.ts';
import { toBookingColumns } from './booking-row.ts';

type PlacementRow = Partial<Selectable<BookingTable>> & { blocked_by: string | null };

/**
 * Inserts a new booking into its room in one statement: the room must be in scope (the booking takes the room's
 * partner), no active block may hold its start, and the exclusion constraint refuses overlaps. One round trip
 * instead of three, and no read-then-write: the checks and the insert share one snapshot.
 */
export async function placeBooking(
  trx: Kysely<Database>,
  scope: PartnerScope,
  draft: Omit<Booking, 'partnerId'>,
): Promise<Booking> {
  const columns = toBookingColumns(draft);
  const names = Object.keys(columns);
  const values = Object.values(columns);
  const start = columns.start_at;
  const inScope = scope === undefined ? sql`` : sql`and partner_id = ${scope}`;
  const placed = sql<PlacementRow>`
    with room as (select id, partner_id from rooms where id = ${draft.roomId} ${inScope}),
    block as (
      select id from blocks
      where room_id = ${draft.roomId} and active and start_at <= ${start} and end_at > ${start} limit 1),
    inserted as (
      insert into bookings (partner_id, ${sql.join(names.map((name) => sql.ref(name)))})
      select room.partner_id, ${sql.join(values.map((value) => sql`${value}`))} from room
      where not exists (select 1 from block)
      returning *)
    select (select id from block) as blocked_by, inserted.* from room left join inserted on true`;
  let row: PlacementRow | undefined;
  try {
    row = (await placed.execute(trx)).rows[0];
  } catch (error) {
    throw (error as { constraint?: string }).constraint === 'bookings_no_overlap' ? slotTaken() : error;
  }
  if (!row) throw bookingRoomMissing();
  if (row.blocked_by) throw slotBlocked(row.blocked_by);
  return toBooking(row as Selectable<BookingTable>);
}
