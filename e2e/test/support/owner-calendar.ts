import { eventually } from '@calbridge/testkit';
import type { calendar_v3 } from '@googleapis/calendar';
import type { DateTime } from 'luxon';

/** A calendar as its owner reads it in Google, with the owner's own client. */
export interface OwnerCalendar {
  google: calendar_v3.Calendar;
  calendarId: string;
}

/** Every event the owner sees in the calendar; with `showDeleted`, the deleted ones too (status `cancelled`). */
export async function eventsIn(
  { google, calendarId }: OwnerCalendar,
  { showDeleted = false } = {},
): Promise<calendar_v3.Schema$Event[]> {
  const { data } = await google.events.list({ calendarId, showDeleted, maxResults: 2500 });
  return data.items ?? [];
}

/** calbridge marks the events it writes with the booking's id (spec §5), which is how the owner's list names them. */
const ofBooking = (bookingId: string) => (event: calendar_v3.Schema$Event) =>
  event.extendedProperties?.private?.calbridgeBookingId === bookingId;

/**
 * Waits for the booking's event in the calendar and answers it; with `unlike`, for a version of it other than that
 * one (Google gives every change a new etag), i.e. until the connector has written the booking's next change.
 */
export function bookingEventIn(
  calendar: OwnerCalendar,
  bookingId: string,
  unlike?: calendar_v3.Schema$Event,
): Promise<calendar_v3.Schema$Event> {
  return eventually(async () => {
    const event = (await eventsIn(calendar)).find(ofBooking(bookingId));
    if (!event) throw new Error(`no event of booking ${bookingId} in ${calendar.calendarId}`);
    if (unlike && event.etag === unlike.etag) throw new Error(`event of booking ${bookingId} not changed yet`);
    return event;
  });
}

/** Waits until the owner no longer sees the booking's event in the calendar. */
export function bookingEventGone(calendar: OwnerCalendar, bookingId: string): Promise<void> {
  return eventually(async () => {
    if ((await eventsIn(calendar)).some(ofBooking(bookingId)))
      throw new Error(`event of booking ${bookingId} still in ${calendar.calendarId}`);
  });
}

/** The owner's own event, as a person adds it in Google Calendar; answers its id. */
export async function addOwnerEvent(
  { google, calendarId }: OwnerCalendar,
  summary: string,
  start: DateTime,
  end: DateTime,
): Promise<string> {
  const requestBody = { summary, start: { dateTime: start.toISO() }, end: { dateTime: end.toISO() } };
  const { data } = await google.events.insert({ calendarId, requestBody });
  return data.id as string;
}
