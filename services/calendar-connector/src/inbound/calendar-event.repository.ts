import type { calendar_v3 } from '@googleapis/calendar';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PublishedEvent } from './foreign-changes.ts';
import type { CalendarKey } from './sync-requests.repository.ts';

type Db = Kysely<Database>;

/** The rooms an integration links to the calendar: each gets the calendar's blocks. */
export async function linkedRooms(db: Db, key: CalendarKey): Promise<string[]> {
  const rows = await db
    .selectFrom('room_links')
    .select('room_id')
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .orderBy('room_id')
    .execute();
  return rows.map((row) => row.room_id);
}

/**
 * What availability was told about the calendar's events: all of them (for a full sync, which must find the ones
 * that vanished) or those the listed items name, with the instances of a series the items name.
 */
export async function knownEvents(
  db: Db,
  key: CalendarKey,
  items?: calendar_v3.Schema$Event[],
): Promise<Map<string, PublishedEvent>> {
  const ids = items?.map((item) => item.id as string);
  if (ids?.length === 0) return new Map();
  let query = db
    .selectFrom('calendar_events')
    .select(['event_id', 'recurring_event_id', 'snapshot', 'content_hash'])
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId);
  if (ids) query = query.where((eb) => eb.or([eb('event_id', 'in', ids), eb('recurring_event_id', 'in', ids)]));
  const rows = await query.execute();
  return new Map(
    rows.map((row) => [
      row.event_id,
      {
        eventId: row.event_id,
        recurringEventId: row.recurring_event_id,
        snapshot: row.snapshot,
        hash: row.content_hash,
      },
    ]),
  );
}

// Six parameters a row: well under Postgres' 65,535 per statement.
const rowsPerInsert = 2_000;

export async function rememberPublished(db: Db, key: CalendarKey, events: PublishedEvent[]): Promise<void> {
  for (let first = 0; first < events.length; first += rowsPerInsert) {
    await remember(db, key, events.slice(first, first + rowsPerInsert));
  }
}

async function remember(db: Db, key: CalendarKey, events: PublishedEvent[]): Promise<void> {
  await db
    .insertInto('calendar_events')
    .values(
      events.map((event) => ({
        integration_id: key.integrationId,
        calendar_id: key.calendarId,
        event_id: event.eventId,
        recurring_event_id: event.recurringEventId,
        snapshot: JSON.stringify(event.snapshot),
        content_hash: event.hash,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['integration_id', 'calendar_id', 'event_id']).doUpdateSet((eb) => ({
        recurring_event_id: eb.ref('excluded.recurring_event_id'),
        snapshot: eb.ref('excluded.snapshot'),
        content_hash: eb.ref('excluded.content_hash'),
      })),
    )
    .execute();
}

export async function forgetPublished(db: Db, key: CalendarKey, eventIds: string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await db
    .deleteFrom('calendar_events')
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .where('event_id', 'in', eventIds)
    .execute();
}
