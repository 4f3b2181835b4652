import type { Db } from '../db/db.ts';

export interface WrittenEventRow {
  integrationId: string;
  calendarId: string;
  eventId: string;
  hash: string;
}

/** Records the event Google now has for the booking, or that it has none (`null`). */
export async function recordWrittenEvent(db: Db, bookingId: string, written: WrittenEventRow | null): Promise<void> {
  if (written === null) {
    await db.deleteFrom('booking_events').where('booking_id', '=', bookingId).execute();
    return;
  }
  const values = {
    integration_id: written.integrationId,
    calendar_id: written.calendarId,
    event_id: written.eventId,
    content_hash: written.hash,
    written_at: new Date(),
  };
  await db
    .insertInto('booking_events')
    .values({ booking_id: bookingId, ...values })
    .onConflict((oc) => oc.column('booking_id').doUpdateSet(values))
    .execute();
}
