import { invalid, required } from '../errors/api-errors.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Google's answers for a guest it cannot invite (observed: "Missing attendee email.", "Invalid attendee email."). */
export function validateAttendees(attendees: Record<string, unknown>[] | null | undefined): void {
  for (const attendee of attendees ?? []) {
    const email = attendee.email;
    if (email === undefined || email === null || email === '') throw required('Missing attendee email.');
    if (typeof email !== 'string' || !EMAIL.test(email)) throw invalid('Invalid attendee email.');
  }
}
