import { isDeepStrictEqual } from 'node:util';
import type { Booking } from './booking.ts';

const comparedFields = [
  'start',
  'end',
  'status',
  'paidOnline',
  'name',
  'customer',
  'price',
  'participants',
  'language',
  'notes',
  'externalRef',
] as const;

/** Names of the snapshot fields that differ: BookingUpdated's `changed` (spec §3). Instants compare as instants. */
export function changedFields(before: Booking, after: Booking): string[] {
  return comparedFields.filter((field) => {
    if (field === 'start' || field === 'end') return Date.parse(before[field]) !== Date.parse(after[field]);
    return !isDeepStrictEqual(before[field], after[field]);
  });
}
