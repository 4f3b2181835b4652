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
  const schedule = await findSchedule(db, room.id);
  const timezone = schedule?.timezone ?? room.timezone;
  const toMs = window.to.getTime();
  if (!schedule) return { timezone, busy: await listBusy(db, room.id, window.from, window.to) };
  const slots = generateSlots(schedule, timezone, window.from, window.to);
  // The last slot starts before `to` but may end after it: a booking overlapping only its tail still takes it,
  // so the intervals are read up to the end of the slots, and `busy` is cut back to the window afterwards.
  const reach = Math.max(toMs, slots.at(-1)?.end ?? toMs);
  const intervals = await listBusy(db, room.id, window.from, new Date(reach));
  const bookings = intervals.filter((row) => row.kind === 'booking');
  const blocks = intervals.filter((row) => row.kind === 'block');
  const busy = reach === toMs ? intervals : intervals.filter((row) => row.start < toMs);
  return { timezone, busy, slots: slotStatuses(slots, bookings, blocks) };
}
