import { invalidInterval } from '../errors/booking-problems.ts';

const maxBookingMs = 31 * 24 * 60 * 60 * 1000;

/** A booking ends after it starts and lasts at most 31 days (issue #4); refusals name `body.end`. */
export function assertValidInterval(start: string, end: string): void {
  const length = Date.parse(end) - Date.parse(start);
  if (length <= 0) throw invalidInterval('body.end', 'Must be after start');
  if (length > maxBookingMs) throw invalidInterval('body.end', 'A booking lasts at most 31 days');
}
