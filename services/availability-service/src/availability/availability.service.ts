import { listActiveBlocks } from '../blocks/block-queries.repository.ts';
import { listActiveBookings } from '../bookings/booking.repository.ts';
import type { Db } from '../db/db.ts';
import { generateSlots } from '../schedules/generate-slots.ts';
import { findSchedule } from '../schedules/schedule.repository.ts';
import { type Interval, type SlotStatus, slotStatuses } from './slot-status.ts';

export interface BusyInterval extends Interval {
  kind: 'booking' | 'block';
}

export interface Availability {
  timezone: string;
  busy: BusyInterval[];
  slots?: SlotStatus[];
}

export interface AvailabilityWindow {
  from: Date;
  to: Date;
}

/** What is taken in [from, to) and, when the room has a schedule, the status of each slot starting in it. */
export async function getAvailability(
  db: Db,
  room: { id: string; timezone: string },
  window: AvailabilityWindow,
): Promise<Availability> {
  const [schedule, bookingRows, blockRows] = await Promise.all([
    findSchedule(db, room.id),
    listActiveBookings(db, room.id, window),
    listActiveBlocks(db, room.id, window),
  ]);
  const bookings = bookingRows.map((row) => intervalOf(row.id, row.start_at, row.end_at));
  const blocks = blockRows.map((row) => intervalOf(row.id, row.start_at, row.end_at));
  const busy: BusyInterval[] = [
    ...bookings.map((interval) => ({ ...interval, kind: 'booking' as const })),
    ...blocks.map((interval) => ({ ...interval, kind: 'block' as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const timezone = schedule?.timezone ?? room.timezone;
  if (!schedule) return { timezone, busy };
  const slots = generateSlots(schedule, timezone, window.from, window.to);
  return { timezone, busy, slots: slotStatuses(slots, bookings, blocks) };
}

function intervalOf(id: string, start: Date | null, end: Date | null): Interval {
  return { id, start: start?.getTime() ?? 0, end: end?.getTime() ?? 0 };
}
