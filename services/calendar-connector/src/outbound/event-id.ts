// Google takes client ids of base32hex characters [a-v0-9], 5–1024 long (reference §1.2); a uuid's hex digits are in
// that alphabet, and the prefix (also in it) lets a person and the inbound sync tell calbridge's events at a glance.
const prefix = 'calbridge';

/** The Google event id of a booking: the same in every calendar and on every retry, so no retry makes a second one. */
export const eventIdFor = (bookingId: string): string => prefix + bookingId.replaceAll('-', '').toLowerCase();

const ownId = new RegExp(`^${prefix}([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$`);

/** The booking whose event this is, if calbridge wrote it (by id: a cancelled event carries nothing else). */
export function bookingIdOf(eventId: string): string | undefined {
  const parts = ownId.exec(eventId);
  return parts ? parts.slice(1).join('-') : undefined;
}
