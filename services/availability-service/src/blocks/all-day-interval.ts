import { DateTime, IANAZone } from 'luxon';

/**
 * Local midnight of the first day to local midnight after the last (Google's end date is exclusive), resolved in
 * the room's zone: the same all-day event covers different instants in Auckland and in Los Angeles.
 */
export function allDayInterval(startDate: string, endDate: string, timezone: string): { start: Date; end: Date } {
  const zone = IANAZone.isValidZone(timezone) ? timezone : 'UTC';
  // startOf('day') also settles zones whose midnight falls into a daylight-saving gap.
  const start = DateTime.fromISO(startDate, { zone }).startOf('day');
  const end = DateTime.fromISO(endDate, { zone }).startOf('day');
  return { start: start.toJSDate(), end: end.toJSDate() };
}
