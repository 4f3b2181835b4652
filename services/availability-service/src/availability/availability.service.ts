import type { Db } from '../db/db.ts';
import { generateSlots } from '../schedules/generate-slots.ts';
import { findSchedule } from '../schedules/schedule.repository.ts';
import { type BusyRow, listBusy } from './busy.repository.ts';
import { type SlotStatus, slotStatuses } from './slot-status.ts';

export interface Availability {
  timezone: string;
  busy: BusyRow[];
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
  const [schedule, intervals] = await Promise.all([
    findSchedule(db, room.id),
    listBusy(db, room.id, window.from, window.to),
  ]);
  const timezone = schedule?.timezone ?? room.timezone;
  // Bookings past `to` come only for the last slots' sake (see listBusy); `busy` lists the window.
  const toMs = window.to.getTime();
  const busy = (intervals.at(-1)?.start ?? 0) < toMs ? intervals : intervals.filter((row) => row.start < toMs);
  if (!schedule) return { timezone, busy };
  const slots = generateSlots(schedule, timezone, window.from, window.to);
  const bookings = intervals.filter((row) => row.kind === 'booking');
  const blocks = intervals.filter((row) => row.kind === 'block');
  return { timezone, busy, slots: slotStatuses(slots, bookings, blocks) };
}
