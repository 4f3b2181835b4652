import { DateTime } from 'luxon';
import { mergeOverlapping, type Opening } from './merge-openings.ts';
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
  // From the day before: a range that runs past midnight may open slots inside the window.
  const first = DateTime.fromJSDate(from, { zone: timezone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromJSDate(to, { zone: timezone }).startOf('day');
  const days: DateTime[] = [];
  for (let day = first; day <= nextDay(last); day = nextDay(day)) days.push(day);
  const openings: Opening[] = [];
  for (let index = 0; index < days.length - 1; index++) {
    const day = days[index] as DateTime;
    for (const hours of schedule.weekly[weekdays[day.weekday - 1] ?? 'mon'] ?? []) {
      openings.push(rangeOf(days, index, hours));
    }
  }
  // Merged openings are disjoint and in order, so the slots come out sorted.
  const slots: SlotTime[] = [];
  for (const [opens, closes] of mergeOverlapping(openings)) {
    for (let start = opens; start + slotMs <= closes; start += everyMs) {
      if (start >= fromMs && start < toMs) slots.push({ start, end: start + slotMs });
    }
  }
  return slots;
}

const nextDays = new Map<string, DateTime>();

/**
 * The following local midnight, remembered: Luxon resolves a zone's offset through Intl for every new DateTime, and
 * that was the largest cost of an availability query; the days of a room's zone are asked for again and again.
 */
function nextDay(day: DateTime): DateTime {
  const key = `${day.zoneName}|${day.toMillis()}`;
  let next = nextDays.get(key);
  if (next === undefined) {
    next = day.plus({ days: 1 });
    if (nextDays.size >= 100_000) nextDays.clear();
    nextDays.set(key, next);
  }
  return next;
}

function rangeOf(days: DateTime[], index: number, hours: OpeningHours): Opening {
  const closesNextDay = hours.to <= hours.from;
  return [wallClock(days, index, hours.from), wallClock(days, closesNextDay ? index + 1 : index, hours.to)];
}

/**
 * The instant of a local time on days[index]. On days without an offset change it is plain arithmetic from local
 * midnight; on the few with one, Luxon resolves it (a time in the gap moves forward, an ambiguous one takes the
 * earlier instant).
 */
function wallClock(days: DateTime[], index: number, time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const day = days[index] as DateTime;
  const next = days[index + 1];
  if (hour === 24) return (next ?? nextDay(day)).toMillis();
  // A zone whose midnight falls into a gap starts that day at 01:00; only a true midnight is a safe base.
  const plain = next !== undefined && next.offset === day.offset && day.hour === 0 && day.minute === 0;
  if (plain) return day.toMillis() + (hour * 60 + minute) * 60_000;
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour, minute },
    { zone: day.zone },
  ).toMillis();
}
