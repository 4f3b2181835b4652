import { DateTime } from 'luxon';

/**
 * The rrule library computes in "floating" time: wall-clock fields stored in a UTC Date. Expanding in the event's
 * own zone this way keeps a 10:00 series at 10:00 across daylight-saving changes.
 */
export function toFloating(instant: number, zone: string): Date {
  const local = DateTime.fromMillis(instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

export function fromFloating(floating: Date, zone: string): number {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
    },
    { zone },
  ).toMillis();
}

export const floatingDate = (date: string): Date => new Date(`${date}T00:00:00Z`);

export const dateOfFloating = (floating: Date): string => floating.toISOString().slice(0, 10);
