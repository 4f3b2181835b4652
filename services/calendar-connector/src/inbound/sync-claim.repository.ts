import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** A calendar sync a worker holds: the requests it covers and the token it started from. */
export interface ClaimedSync {
  integration_id: string;
  calendar_id: string;
  sync_token: string | null;
  /** The requests this sync covers: those made before it was claimed. */
  requested: string;
  full_requested: boolean;
  attempts: number;
  /** Proves the sync still holds the calendar when it records what it found. */
  lease_id: string;
}

/**
 * Takes up to `limit` calendars with a sync asked for and due, of working integrations (active, or in `error` over
 * another calendar), for `leaseSeconds`; rows other workers hold are skipped, not waited for (so replicas share the
 * work with no leader), and a dead worker's calendar is due again when its lease runs out.
 */
export async function claimDueSyncs(db: Kysely<Database>, limit: number, leaseSeconds: number): Promise<ClaimedSync[]> {
  const { rows } = await sql<ClaimedSync>`
    update calendar_syncs s
    set lease_id = gen_random_uuid(), leased_until = now() + make_interval(secs => ${leaseSeconds})
    from (
      select c.integration_id, c.calendar_id from calendar_syncs c join integrations i on i.id = c.integration_id
      where c.requested > c.synced and c.due_at <= now() and (c.leased_until is null or c.leased_until < now())
        and i.status in ('active', 'error')
      order by c.due_at
      limit ${limit}
      for update of c skip locked
    ) due
    where s.integration_id = due.integration_id and s.calendar_id = due.calendar_id
    returning s.integration_id, s.calendar_id, s.sync_token, s.requested::text as requested, s.full_requested,
      s.attempts, s.lease_id`.execute(db);
  return rows;
}

/** Due again after `delayMs`, the requests kept; `error` says why for the operator (and the link's health). */
export async function retrySyncAfter(db: Kysely<Database>, sync: ClaimedSync, delayMs: number, error: string) {
  await db
    .updateTable('calendar_syncs')
    .set((eb) => ({
      lease_id: null,
      leased_until: null,
      due_at: sql`now() + make_interval(secs => ${delayMs / 1000})`,
      attempts: eb('attempts', '+', 1),
      last_error: error,
    }))
    .where('integration_id', '=', sync.integration_id)
    .where('calendar_id', '=', sync.calendar_id)
    .where('lease_id', '=', sync.lease_id)
    .execute();
}

/** The sync lost its calendar to another worker (its lease ran out): what it read is dropped, never published. */
export class SyncLeaseLost extends Error {
  constructor(sync: ClaimedSync) {
    super(`sync of calendar ${sync.calendar_id} lost its lease; another worker syncs it`);
  }
}

/**
 * Records a finished sync in the caller's transaction: the new token, the requests covered, and when the calendar may
 * be synced next (`minIntervalMs` later, so a burst of pushes costs one sync now and at most one more). Throws
 * SyncLeaseLost when another worker took the calendar over, so nothing the caller wrote in that transaction stays.
 */
export async function finishSync(
  trx: Kysely<Database>,
  sync: ClaimedSync,
  syncToken: string,
  { full, minIntervalMs }: { full: boolean; minIntervalMs: number },
): Promise<void> {
  const row = await trx
    .updateTable('calendar_syncs')
    .set((eb) => ({
      sync_token: syncToken,
      synced: sync.requested,
      // A full sync asked for while this one ran is still owed.
      full_requested: full
        ? sql<boolean>`${eb.ref('requested')} > ${sync.requested} and ${eb.ref('full_requested')}`
        : eb.ref('full_requested'),
      due_at: sql`now() + make_interval(secs => ${minIntervalMs / 1000})`,
      lease_id: null,
      leased_until: null,
      attempts: 0,
      last_error: null,
      last_synced_at: new Date(),
    }))
    .where('integration_id', '=', sync.integration_id)
    .where('calendar_id', '=', sync.calendar_id)
    .where('lease_id', '=', sync.lease_id)
    .returning('calendar_id')
    .executeTakeFirst();
  if (!row) throw new SyncLeaseLost(sync);
}

/** Keeps the syncs at work held for another `leaseSeconds` (while their worker lives; see queueWorker's keepLeases). */
export async function extendSyncLeases(
  db: Kysely<Database>,
  syncs: ClaimedSync[],
  leaseSeconds: number,
): Promise<void> {
  await db
    .updateTable('calendar_syncs')
    .set({ leased_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      'lease_id',
      'in',
      syncs.map((sync) => sync.lease_id),
    )
    .execute();
}
