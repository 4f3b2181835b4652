import { createEvent } from '@calbridge/contracts';
import { enqueueEvents } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IntegrationMode } from '../integrations/integration.table.ts';
import { serviceName } from '../service-name.ts';
import { knownEvents, linkedRooms, rememberPublished } from './calendar-event.repository.ts';
import { publishedHash } from './foreign-changes.ts';
import { type CalendarKey, requestIntegrationSyncs } from './sync-requests.repository.ts';

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
  const known = await tellRooms(trx, key, partnerId, roomIds);
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

/** Every event availability holds from the calendar, told again with `roomIds` as the rooms it blocks. */
async function tellRooms(trx: Kysely<Database>, key: CalendarKey, partnerId: string, roomIds: string[]) {
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
  return known;
}

/**
 * A mode change: to `to_calendar`, availability releases every block the integration's calendars caused (they are
 * read only to protect calbridge's own events now); from it, each calendar is read in full so its events block.
 */
export async function applyModeChange(
  trx: Kysely<Database>,
  integration: { id: string; partner_id: string },
  from: IntegrationMode,
  to: IntegrationMode,
): Promise<void> {
  if (from === to) return;
  if (from === 'to_calendar') return requestIntegrationSyncs(trx, integration.id, { full: true });
  if (to !== 'to_calendar') return;
  // Locked, so a sync that read under the old mode records after this (and sees the new mode) or before it.
  const calendars = await trx
    .selectFrom('calendar_syncs')
    .select('calendar_id')
    .where('integration_id', '=', integration.id)
    .forUpdate()
    .execute();
  for (const { calendar_id: calendarId } of calendars) {
    const key = { integrationId: integration.id, calendarId };
    await tellRooms(trx, key, integration.partner_id, []);
    await trx
      .deleteFrom('calendar_events')
      .where('integration_id', '=', key.integrationId)
      .where('calendar_id', '=', key.calendarId)
      .execute();
  }
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
