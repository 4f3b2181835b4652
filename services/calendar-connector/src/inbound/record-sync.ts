import { createEvent } from '@calbridge/contracts';
import { enqueueEvents } from '@calbridge/messaging';
import type { calendar_v3 } from '@googleapis/calendar';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { recordLinksSynced } from '../links/link-sync-health.ts';
import { tickManualSyncs } from '../manual-sync/manual-sync-progress.ts';
import { queueRestores } from '../outbound/outbound-queue.repository.ts';
import { serviceName } from '../service-name.ts';
import { forgetPublished, knownEvents, linkedRooms, rememberPublished } from './calendar-event.repository.ts';
import { foreignChanges } from './foreign-changes.ts';
import { ownBookingId, ownEventsToRestore, type Restore } from './own-events.ts';
import { type ClaimedSync, finishSync } from './sync-claim.repository.ts';
import type { CalendarKey } from './sync-requests.repository.ts';

export interface ReadCalendar {
  items: calendar_v3.Schema$Event[];
  nextSyncToken: string;
  full: boolean;
}

export interface SyncSettings {
  horizonEnd: Date;
  /** When the listing began: an event calbridge wrote after it could not be in it, so it is not "missing". */
  readStartedAt: Date;
  minIntervalMs: number;
  partnerId: string;
}

/**
 * Records what one sync read, in one transaction (spec §5, outbox): the new sync token with every EventChanged it
 * causes, and the restores of calbridge's own events someone changed. The calendar's row is taken first, under the
 * sync's lease, so an unlink or another worker cannot interleave; a crash before the commit leaves the old token,
 * and the next sync reads the same changes again. Returns how many events availability was told about and how many
 * of calbridge's own events are written back.
 */
export async function recordSync(
  trx: Kysely<Database>,
  sync: ClaimedSync,
  read: ReadCalendar,
  settings: SyncSettings,
): Promise<{ published: number; restored: number }> {
  await finishSync(trx, sync, read.nextSyncToken, { full: read.full, minIntervalMs: settings.minIntervalMs });
  // Read again under the calendar's lock: a mode change since the claim (which takes the same lock) wins.
  const { mode } = await trx
    .selectFrom('integrations')
    .select('mode')
    .where('id', '=', sync.integration_id)
    .executeTakeFirstOrThrow();
  const key = { integrationId: sync.integration_id, calendarId: sync.calendar_id };
  const own = read.items.flatMap((item) => {
    const bookingId = ownBookingId(item);
    return bookingId ? [{ item, bookingId }] : [];
  });
  const foreign = read.items.filter((item) => !ownBookingId(item));
  // In to_calendar mode the calendar is read only to protect calbridge's own events (issue 11).
  const published = mode === 'to_calendar' ? 0 : await publishForeignChanges(trx, key, foreign, read.full, settings);
  const restores =
    mode === 'from_calendar' ? [] : await ownEventsToRestore(trx, key, own, read.full ? settings : undefined);
  await restore(trx, sync, settings.partnerId, restores);
  await recordLinksSynced(trx, key, { readOnly: mode === 'from_calendar' });
  await tickManualSyncs(trx, key, sync.requested, { eventsChanged: published, bookingsWritten: restores.length });
  return { published, restored: restores.length };
}

/** EventChanged for every foreign event availability must hear about (foreign-changes.ts), remembered as told. */
async function publishForeignChanges(
  trx: Kysely<Database>,
  key: CalendarKey,
  items: calendar_v3.Schema$Event[],
  full: boolean,
  settings: SyncSettings,
): Promise<number> {
  const roomIds = await linkedRooms(trx, key);
  const known = await knownEvents(trx, key, full ? undefined : items);
  const changes = foreignChanges(items, known, roomIds, { full, horizonEnd: settings.horizonEnd });
  await enqueueEvents(
    trx,
    changes.publish.map((event) =>
      createEvent('EventChanged', {
        source: serviceName,
        subject: key.calendarId,
        partnerId: settings.partnerId,
        data: { integrationId: key.integrationId, calendarId: key.calendarId, roomIds, event },
      }),
    ),
  );
  await rememberPublished(trx, key, changes.remember);
  await forgetPublished(trx, key, changes.forget);
  return changes.publish.length;
}

async function restore(trx: Kysely<Database>, sync: ClaimedSync, partnerId: string, restores: Restore[]) {
  if (restores.length === 0) return;
  await queueRestores(
    trx,
    restores.map(({ bookingId }) => bookingId),
  );
  const rooms = await trx
    .selectFrom('bookings')
    .select(['id', 'room_id'])
    .where(
      'id',
      'in',
      restores.map(({ bookingId }) => bookingId),
    )
    .execute();
  const roomOf = new Map(rooms.map((row) => [row.id, row.room_id]));
  const restoredAt = new Date().toISOString();
  await enqueueEvents(
    trx,
    restores.map(({ bookingId, eventId, change, fields }) =>
      createEvent('BookingEventRestored', {
        source: serviceName,
        subject: bookingId,
        partnerId,
        data: {
          integrationId: sync.integration_id,
          partnerId,
          roomId: roomOf.get(bookingId) as string,
          bookingId,
          calendarId: sync.calendar_id,
          eventId,
          change,
          ...(fields ? { fields } : {}),
          restoredAt,
        },
      }),
    ),
  );
}
