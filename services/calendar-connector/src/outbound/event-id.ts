// Google takes client ids of base32hex characters [a-v0-9], 5–1024 long (reference §1.2); a uuid's hex digits are in
// that alphabet, and the prefix (also in it) lets a person and the inbound sync tell calbridge's events at a glance.
const prefix = 'calbridge';

/** The Google event id of a booking: the same in every calendar and on every retry, so no retry makes a second one. */
export const eventIdFor = (bookingId: string): string => prefix + bookingId.replaceAll('-', '').toLowerCase();
