import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/db.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';
import type { WatchChannelTable } from './watch-channel.table.ts';

export type WatchChannelRow = Selectable<WatchChannelTable>;

/** What the webhook needs to verify a notification. */
export async function findChannel(db: Db, id: string): Promise<WatchChannelRow | undefined> {
  return db.selectFrom('watch_channels').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Channels due for work (a renewal, a stop, a watch to retry), leased so replicas and retries do not collide. */
export async function claimDueChannels(db: Db, limit: number, leaseSeconds: number): Promise<WatchChannelRow[]> {
  if (limit <= 0) return [];
  return db
    .updateTable('watch_channels')
    .set({ leased_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      'id',
      'in',
      db
        .selectFrom('watch_channels')
        .select('id')
        .where('state', '<>', 'stopped')
        .where('due_at', '<=', sql<Date>`now()`)
        .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', sql<Date>`now()`)]))
        .orderBy('due_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

/**
 * Records the channel before Google is asked for it (its `sync` message may come before the answer). The calendar is
 * locked for the transaction, so two replicas never open two channels for it: a calendar with a channel opening, or
 * open and not yet due for renewal, gets none. `replaces` is a watch that failed earlier, given up for this one.
 */
export async function insertOpeningChannel(
  trx: Db,
  channel: CalendarKey & { id: string; tokenHash: Buffer; attempts: number; leaseSeconds: number; replaces?: string },
): Promise<boolean> {
  const { integrationId, calendarId } = channel;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${integrationId} ${calendarId}`}, 0))`.execute(trx);
  if (channel.replaces) await settleChannel(trx, channel.replaces, { state: 'stopped' });
  const live = await trx
    .selectFrom('watch_channels')
    .select('id')
    .where('integration_id', '=', integrationId)
    .where('calendar_id', '=', calendarId)
    .where((eb) =>
      eb.or([eb('state', '=', 'opening'), eb.and([eb('state', '=', 'open'), eb('due_at', '>', sql<Date>`now()`)])]),
    )
    .executeTakeFirst();
  if (live) return false;
  const lease = sql<Date>`now() + make_interval(secs => ${channel.leaseSeconds})`;
  await trx
    .insertInto('watch_channels')
    .values({
      id: channel.id,
      integration_id: integrationId,
      calendar_id: calendarId,
      token_hash: channel.tokenHash,
      state: 'opening',
      attempts: channel.attempts,
      // A process that dies before Google answers leaves the row to be retried once the lease is over.
      due_at: lease,
      leased_until: lease,
    })
    .execute();
  return true;
}

/**
 * Google opened the channel. Renewal falls due well before expiry; a channel whose calendar stopped being watched
 * while Google answered is stopped at once. Older channels of the calendar are superseded.
 */
export async function recordOpened(
  trx: Db,
  channel: { id: string; resourceId: string; expiresAt: Date; renewAt: Date },
): Promise<void> {
  const row = await trx
    .updateTable('watch_channels')
    .set((eb) => ({
      resource_id: channel.resourceId,
      expires_at: channel.expiresAt,
      state: sql`case when ${eb.ref('state')} = 'opening' then 'open' else ${eb.ref('state')} end`,
      due_at: sql`case when ${eb.ref('state')} = 'opening' then ${channel.renewAt}::timestamptz else now() end`,
      attempts: 0,
      leased_until: null,
      last_error: null,
    }))
    .where('id', '=', channel.id)
    .returning(['integration_id', 'calendar_id', 'state'])
    .executeTakeFirstOrThrow();
  if (row.state !== 'open') return;
  await trx
    .updateTable('watch_channels')
    // The renewal that got here held the old channel's lease: it is to be stopped now.
    .set({ state: 'stopping', due_at: sql<Date>`now()`, leased_until: null })
    .where('integration_id', '=', row.integration_id)
    .where('calendar_id', '=', row.calendar_id)
    .where('id', '<>', channel.id)
    .where('state', 'in', ['open', 'opening'])
    .execute();
}

/** Ends the worker's turn on a channel: its new state, when it is due again, and why. */
export async function settleChannel(
  db: Db,
  id: string,
  outcome: { state?: WatchChannelRow['state']; retryInMs?: number; error?: string | null; countAttempt?: boolean },
): Promise<void> {
  await db
    .updateTable('watch_channels')
    .set((eb) => ({
      ...(outcome.state ? { state: outcome.state } : {}),
      ...(outcome.retryInMs === undefined
        ? {}
        : { due_at: sql<Date>`now() + make_interval(secs => ${outcome.retryInMs / 1000})` }),
      ...(outcome.error === undefined ? {} : { last_error: outcome.error }),
      ...(outcome.countAttempt ? { attempts: eb('attempts', '+', 1) } : {}),
      leased_until: null,
    }))
    .where('id', '=', id)
    .execute();
}

/**
 * Google still pushes on a channel calbridge stopped (the stop failed, or never reached Google): stop it again. Its
 * resource id is learnt from the notification when the watch's answer never came.
 */
export async function stopStaleChannel(db: Db, id: string, resourceId: string): Promise<void> {
  await db
    .updateTable('watch_channels')
    .set((eb) => ({
      state: 'stopping',
      due_at: sql<Date>`now()`,
      resource_id: eb.fn.coalesce('resource_id', eb.val(resourceId)),
    }))
    .where('id', '=', id)
    .where('state', '=', 'stopped')
    .execute();
}
