import { sql } from 'kysely';
import type { Db } from '../db/db.ts';

export interface BusyRow {
  kind: 'booking' | 'block';
  id: string;
  start: number;
  end: number;
}

/**
 * Active bookings and blocks overlapping [from, to), in one round trip, as epoch milliseconds sorted by start;
 * this backs every availability query, and skipping timestamp parsing for a few thousand rows is most of its cost.
 * Bookings are read one slot length past `to` (the room's schedule, if any): the last slot may start before `to`
 * and end after it, and a booking overlapping only its tail still takes it. Reading that here rather than after the
 * schedule keeps the two queries of an availability answer in parallel.
 * Epochs come from `date_part` (float8), not `extract` (numeric since Postgres 14): the same values, but numeric
 * arithmetic on every row was half of Postgres's CPU for a busy month (~0.9 ms of ~2.3 ms for 2,000 rows).
 */
export async function listBusy(db: Db, roomId: string, from: Date, to: Date): Promise<BusyRow[]> {
  const { rows } = await sql<BusyRow>`
    select 'booking' as kind, id, date_part('epoch', start_at) * 1000 as start,
      date_part('epoch', end_at) * 1000 as end
    from bookings
    where room_id = ${roomId} and status <> 'cancelled' and end_at > ${from}
      and start_at < ${to}::timestamptz
        + coalesce((select slot_minutes from room_schedules where room_id = ${roomId}), 0) * interval '1 minute'
    union all
    select 'block', id, date_part('epoch', start_at) * 1000, date_part('epoch', end_at) * 1000
    from blocks
    where room_id = ${roomId} and active and end_at > ${from} and start_at < ${to}`.execute(db);
  // Sorted here rather than in SQL: cheaper on numbers than on the computed expressions.
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}
