import type { CalbridgeEvent } from '@calbridge/contracts';
import { prepared } from '@calbridge/db';
import { outboxInsert } from '@calbridge/messaging';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { bookingRoomMissing, slotBlocked, slotTaken } from '../errors/booking-problems.ts';
import type { Booking } from './booking.ts';
import { toBookingColumns } from './booking-row.ts';

/**
 * Inserts a new booking and enqueues its events in one statement: the room must be the booking's partner's, no
 * active block may hold its start, the exclusion constraint refuses overlaps, and the outbox rows are written only
 * with the booking. No read-then-write (the checks and the insert share one snapshot), and one round trip: a single
 * statement is atomic by itself, so without an idempotency key it needs no BEGIN/COMMIT either (four round trips
 * were most of a booking's cost).
 */
export async function placeBooking(
  db: Kysely<Database>,
  booking: Booking,
  events: readonly CalbridgeEvent[],
): Promise<void> {
  const columns = { partner_id: booking.partnerId, ...toBookingColumns(booking) };
  const names = Object.keys(columns).map((name) => sql.ref(name));
  const values = Object.values(columns).map((value) => sql`${value}`);
  const start = columns.start_at;
  // Its text never varies (one event, every column), so each connection prepares it once: parsing and planning
  // this statement cost Postgres more than running it.
  const placed = prepared(sql<{ blocked_by: string | null }>`
    with room as (select id from rooms where id = ${booking.roomId} and partner_id = ${booking.partnerId}),
    block as (
      select id from blocks
      where room_id = ${booking.roomId} and active and start_at <= ${start} and end_at > ${start} limit 1),
    inserted as (
      insert into bookings (${sql.join(names)})
      select ${sql.join(values)} from room
      where not exists (select 1 from block)
      returning id),
    outboxed as (${outboxInsert(events, sql`exists (select 1 from inserted)`)})
    select (select id from block) as blocked_by from room`);
  let rows: { blocked_by: string | null }[];
  try {
    ({ rows } = await placed.execute(db));
  } catch (error) {
    throw (error as { constraint?: string }).constraint === 'bookings_no_overlap' ? slotTaken() : error;
  }
  const [row] = rows;
  if (!row) throw bookingRoomMissing();
  if (row.blocked_by) throw slotBlocked(row.blocked_by);
}
