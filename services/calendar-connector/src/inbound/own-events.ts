import type { RestoredEventField } from '@calbridge/contracts';
import type { calendar_v3 } from '@googleapis/calendar';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { bookingIdProperty } from '../outbound/event-content.ts';
import { bookingIdOf } from '../outbound/event-id.ts';
import { desiredEvent } from '../outbound/outbound-plan.ts';

/** calbridge's event of a booking, as someone left it in Google. */
export interface Restore {
  bookingId: string;
  eventId: string;
  change: 'deleted' | 'edited';
  /** For an edit: which fields differ from the booking. */
  fields?: RestoredEventField[];
}

/** calbridge's own event (by id, or by the private property for an event copied under another id). */
export function ownBookingId(item: calendar_v3.Schema$Event): string | undefined {
  return bookingIdOf(item.id ?? '') ?? item.extendedProperties?.private?.[bookingIdProperty] ?? undefined;
}

/**
 * The booking is queued with something new to write, which the outbound worker will write anyway. Queued with nothing
 * new (the "Synchronize calendars" button queues every booking of the room), the worker would find what it last wrote
 * unchanged and write nothing, leaving someone's edit in Google: that one is restored.
 */
const hasQueuedChange = (row: { queued: string | null; content_hash: string }, desiredHash: string) =>
  row.queued !== null && row.content_hash !== desiredHash;

type Fingerprint = Record<'summary' | 'description' | 'location' | 'start' | 'end', string>;

const instant = (time: calendar_v3.Schema$EventDateTime | undefined) =>
  time?.dateTime ? new Date(time.dateTime).toISOString() : (time?.date ?? '');

const fingerprint = (event: calendar_v3.Schema$Event): Fingerprint => ({
  summary: event.summary ?? '',
  description: event.description ?? '',
  location: event.location ?? '',
  start: instant(event.start),
  end: instant(event.end),
});

/**
 * calbridge's events in this calendar that someone deleted or edited in Google (spec §5), to be restored. Skipped:
 * events whose booking has a change queued (the outbound worker writes it anyway), events Google shows as they were
 * before calbridge's last write, events of bookings cancelled or now written elsewhere.
 */
export async function ownEventsToRestore(
  db: Db,
  calendar: { integrationId: string; calendarId: string },
  items: { item: calendar_v3.Schema$Event; bookingId: string }[],
  full?: { horizonEnd: Date; readStartedAt: Date },
): Promise<Restore[]> {
  const restores = await changedOwnEvents(db, calendar, items);
  if (!full) return restores;
  return [...restores, ...(await missingOwnEvents(db, calendar, items, full))];
}

async function changedOwnEvents(
  db: Db,
  calendar: { integrationId: string; calendarId: string },
  items: { item: calendar_v3.Schema$Event; bookingId: string }[],
): Promise<Restore[]> {
  if (items.length === 0) return [];
  const rows = await db
    .selectFrom('booking_events as e')
    .leftJoin('outbound_work as w', (join) =>
      join.onRef('w.booking_id', '=', 'e.booking_id').on('w.failed_at', 'is', null),
    )
    .select(['e.booking_id', 'e.written_at', 'e.content_hash', 'w.booking_id as queued'])
    .where(
      'e.booking_id',
      'in',
      items.map(({ bookingId }) => bookingId),
    )
    .where('e.integration_id', '=', calendar.integrationId)
    .where('e.calendar_id', '=', calendar.calendarId)
    .execute();
  const written = new Map(rows.map((row) => [row.booking_id, row]));
  const restores: Restore[] = [];
  for (const { item, bookingId } of items) {
    const row = written.get(bookingId);
    if (!row) continue;
    if (item.status !== 'cancelled' && item.updated && new Date(item.updated) <= row.written_at) continue;
    const desired = await desiredEvent(db, bookingId);
    if (desired?.integration.id !== calendar.integrationId || desired.calendarId !== calendar.calendarId) continue;
    if (hasQueuedChange(row, desired.hash)) continue;
    const eventId = item.id as string;
    if (item.status === 'cancelled') {
      restores.push({ bookingId, eventId, change: 'deleted' });
      continue;
    }
    const want = fingerprint(desired.content);
    const have = fingerprint(item);
    const fields = (Object.keys(want) as (keyof Fingerprint)[]).filter((field) => want[field] !== have[field]);
    if (fields.length > 0) restores.push({ bookingId, eventId, change: 'edited', fields });
  }
  return restores;
}

/**
 * After a full sync: events calbridge wrote for bookings still to come that Google no longer lists at all (deleted
 * and forgotten, or never there), to be written again.
 */
async function missingOwnEvents(
  db: Db,
  calendar: { integrationId: string; calendarId: string },
  listed: { bookingId: string }[],
  { horizonEnd, readStartedAt }: { horizonEnd: Date; readStartedAt: Date },
): Promise<Restore[]> {
  const seen = listed.map(({ bookingId }) => bookingId);
  let query = db
    .selectFrom('booking_events as e')
    .innerJoin('bookings as b', 'b.id', 'e.booking_id')
    .leftJoin('outbound_work as w', (join) =>
      join.onRef('w.booking_id', '=', 'e.booking_id').on('w.failed_at', 'is', null),
    )
    .select(['e.booking_id', 'e.event_id', 'e.content_hash', 'w.booking_id as queued'])
    .where('e.integration_id', '=', calendar.integrationId)
    .where('e.calendar_id', '=', calendar.calendarId)
    .where('b.status', '!=', 'cancelled')
    .where('b.end_at', '>', new Date())
    .where('e.written_at', '<', readStartedAt)
    .where(sql<boolean>`(b.snapshot->>'start')::timestamptz < ${horizonEnd}`);
  if (seen.length > 0) query = query.where('e.booking_id', 'not in', seen);
  const rows = await query.execute();
  const restores: Restore[] = [];
  for (const row of rows) {
    const desired = await desiredEvent(db, row.booking_id);
    if (desired?.integration.id !== calendar.integrationId || desired.calendarId !== calendar.calendarId) continue;
    if (hasQueuedChange(row, desired.hash)) continue;
    restores.push({ bookingId: row.booking_id, eventId: row.event_id, change: 'deleted' });
  }
  return restores;
}
