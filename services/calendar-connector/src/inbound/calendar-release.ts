import { createEvent } from '@calbridge/contracts';
import { enqueueEvents } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { serviceName } from '../service-name.ts';
import { knownEvents, linkedRooms, rememberPublished } from './calendar-event.repository.ts';
import { publishedHash } from './foreign-changes.ts';
import type { CalendarKey } from './sync-requests.repository.ts';

/**
 * After rooms were unlinked from a calendar (or the integration deleted): availability hears each event the calendar
 * blocked with the rooms still linked, so the rooms that left lose their blocks (`calendar_unlinked`, spec §4). With
 * no room left the calendar is no longer read: its row goes, its channel is stopped by the channel worker, and a
 * sync still reading it finds its lease gone and publishes nothing.
 */
export async function releaseUnlinkedRooms(trx: Kysely<Database>, key: CalendarKey, partnerId: string): Promise<void> {
  const locked = await trx
    .selectFrom('calendar_syncs')
    .select('calendar_id')
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .forUpdate()
    .executeTakeFirst();
  if (!locked) return;
  const roomIds = await linkedRooms(trx, key);
  const known = [...(await knownEvents(trx, key)).values()];
  await enqueueEvents(
    trx,
    known.map(({ snapshot: event }) =>
      createEvent('EventChanged', {
        source: serviceName,
        subject: key.calendarId,
        partnerId,
        data: { integrationId: key.integrationId, calendarId: key.calendarId, roomIds, event },
      }),
    ),
  );
  if (roomIds.length > 0) {
    await rememberPublished(
      trx,
      key,
      known.map((event) => ({ ...event, hash: publishedHash(event.snapshot, roomIds) })),
    );
    return;
  }
  await trx
    .deleteFrom('calendar_syncs')
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .execute();
}

/** Every calendar an integration reads, released before the integration goes (spec §4 DELETE). */
export async function releaseIntegrationCalendars(trx: Kysely<Database>, integrationId: string, partnerId: string) {
  await trx.deleteFrom('room_links').where('integration_id', '=', integrationId).execute();
  const calendars = await trx
    .selectFrom('calendar_syncs')
    .select('calendar_id')
    .where('integration_id', '=', integrationId)
    .execute();
  for (const { calendar_id: calendarId } of calendars) {
    await releaseUnlinkedRooms(trx, { integrationId, calendarId }, partnerId);
  }
}
