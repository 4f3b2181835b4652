import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Db } from '../db/db.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';

type ChannelScope = ExpressionBuilder<Database, 'watch_channels'>;

/**
 * A calendar is watched while its integration is active and reads it (a calendar_syncs row and a room linked to
 * it), whatever the mode: in `to_calendar` the pushes only protect calbridge's own events.
 */
const watched = (eb: ChannelScope) =>
  eb.exists(
    eb
      .selectFrom('calendar_syncs as cs')
      .innerJoin('integrations as i', 'i.id', 'cs.integration_id')
      .innerJoin('room_links as rl', (join) =>
        join.onRef('rl.integration_id', '=', 'cs.integration_id').onRef('rl.calendar_id', '=', 'cs.calendar_id'),
      )
      .select(sql.lit(1).as('one'))
      .whereRef('cs.integration_id', '=', 'watch_channels.integration_id')
      .whereRef('cs.calendar_id', '=', 'watch_channels.calendar_id')
      .where('i.status', '=', 'active'),
  );

/** Watched calendars with no channel at all (renewals come from the channel rows themselves). */
export async function calendarsWithoutChannel(db: Db, limit: number): Promise<CalendarKey[]> {
  const rows = await db
    .selectFrom('calendar_syncs as cs')
    .innerJoin('integrations as i', 'i.id', 'cs.integration_id')
    .select(['cs.integration_id', 'cs.calendar_id'])
    .distinct()
    .where('i.status', '=', 'active')
    .where(({ exists, not, selectFrom }) =>
      exists(
        selectFrom('room_links as rl')
          .select(sql.lit(1).as('one'))
          .whereRef('rl.integration_id', '=', 'cs.integration_id')
          .whereRef('rl.calendar_id', '=', 'cs.calendar_id'),
      ).and(
        not(
          exists(
            selectFrom('watch_channels as w')
              .select(sql.lit(1).as('one'))
              .whereRef('w.integration_id', '=', 'cs.integration_id')
              .whereRef('w.calendar_id', '=', 'cs.calendar_id')
              .where('w.state', 'in', ['opening', 'open']),
          ),
        ),
      ),
    )
    .limit(limit)
    .execute();
  return rows.map((row) => ({ integrationId: row.integration_id, calendarId: row.calendar_id }));
}

/** Is the calendar still watched (checked again before a renewal or a retried watch)? */
export async function isWatched(db: Db, key: CalendarKey): Promise<boolean> {
  const row = await db
    .selectFrom('calendar_syncs as cs')
    .innerJoin('integrations as i', 'i.id', 'cs.integration_id')
    .innerJoin('room_links as rl', (join) =>
      join.onRef('rl.integration_id', '=', 'cs.integration_id').onRef('rl.calendar_id', '=', 'cs.calendar_id'),
    )
    .select(sql.lit(1).as('one'))
    .where('cs.integration_id', '=', key.integrationId)
    .where('cs.calendar_id', '=', key.calendarId)
    .where('i.status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Channels of calendars no longer watched (unlinked, integration deactivated or not active) are to be stopped now;
 * `integrationId` limits it to one integration, in the transaction that unlinks or deactivates.
 */
export async function stopUnwatchedChannels(db: Db, integrationId?: string): Promise<number> {
  const result = await db
    .updateTable('watch_channels')
    .set({ state: 'stopping', due_at: sql<Date>`now()` })
    .where('state', 'in', ['opening', 'open'])
    .$if(integrationId !== undefined, (qb) => qb.where('integration_id', '=', integrationId as string))
    .where((eb) => eb.not(watched(eb)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The links show when the calendar's live channel expires (spec §4 `channelExpiresAt`). */
export async function refreshLinkChannelExpiry(db: Db, key: CalendarKey): Promise<void> {
  await db
    .updateTable('room_links')
    .set((eb) => ({
      channel_expires_at: eb
        .selectFrom('watch_channels')
        .select((inner) => inner.fn.max('expires_at').as('expires_at'))
        .where('integration_id', '=', key.integrationId)
        .where('calendar_id', '=', key.calendarId)
        .where('state', '=', 'open'),
    }))
    .where('integration_id', '=', key.integrationId)
    .where('calendar_id', '=', key.calendarId)
    .execute();
}

/** Stopped channels are kept until Google would have expired them, so a late notification is still recognised. */
export async function deleteExpiredStoppedChannels(db: Db): Promise<void> {
  await db
    .deleteFrom('watch_channels')
    .where('state', '=', 'stopped')
    .where(sql<boolean>`coalesce(expires_at, created_at) < now() - interval '1 day'`)
    .execute();
}
