import { DateTime } from 'luxon';
import type { Schedule } from './schedule.repository.ts';
import { type OpeningHours, weekdays } from './weekly-hours.ts';

/** Epoch milliseconds, so matching against bookings and blocks stays cheap. */
export interface SlotTime {
  start: number;
  end: number;
}

/**
 * Slots whose start lies in [from, to). Opening hours are local wall-clock times; inside them slots step in
 * elapsed minutes, so a range that spans a daylight-saving change neither skips nor repeats an hour.
 */
export function generateSlots(schedule: Schedule, timezone: string, from: Date, to: Date): SlotTime[] {
  const slotMs = schedule.slotMinutes * 60_000;
  const everyMs = schedule.everyMinutes * 60_000;
  const [fromMs, toMs] = [from.getTime(), to.getTime()];
  const slots: SlotTime[] = [];
  // From the day before: a range that runs past midnight may open slots inside the window.
  let day = DateTime.fromJSDate(from, { zone: timezone }).startOf('day').minus({ days: 1 });
  const lastDay = DateTime.fromJSDate(to, { zone: timezone }).startOf('day');
  for (; day <= lastDay; day = day.plus({ days: 1 })) {
    for (const hours of schedule.weekly[weekdays[day.weekday - 1] ?? 'mon'] ?? []) {
      const [opens, closes] = rangeOf(day, hours);
      for (let start = opens; start + slotMs <= closes; start += everyMs) {
        if (start >= fromMs && start < toMs) slots.push({ start, end: start + slotMs });
      }
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

function rangeOf(day: DateTime, hours: OpeningHours): [number, number] {
  const opens = wallClock(day, hours.from);
  const closesNextDay = hours.to <= hours.from;
  return [opens, wallClock(closesNextDay ? day.plus({ days: 1 }) : day, hours.to)];
}

// Luxon resolves a wall-clock time in a daylight-saving gap forward and an ambiguous one to its earlier instant.
function wallClock(day: DateTime, time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (hour === 24) return day.plus({ days: 1 }).startOf('day').toMillis();
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour, minute },
    { zone: day.zone },
  ).toMillis();
}
