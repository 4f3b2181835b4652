import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { WrittenEvent } from './outbound-outcome.ts';
import type { QueueTrigger } from './outbound-queue.repository.ts';

export interface ClaimedWork {
  booking_id: string;
  generation: string;
  attempts: number;
  trigger_event: QueueTrigger | null;
}

/**
 * Takes up to `limit` due rows for this worker for `leaseSeconds`; rows other workers hold are skipped, not waited
 * for, and a row whose worker died is due again when its lease runs out.
 */
export async function claimDueWork(db: Kysely<Database>, limit: number, leaseSeconds: number): Promise<ClaimedWork[]> {
  const { rows } = await sql<ClaimedWork>`
    update outbound_work w set leased_until = now() + make_interval(secs => ${leaseSeconds})
    from (
      select booking_id from outbound_work
      where failed_at is null and due_at <= now() and (leased_until is null or leased_until < now())
      order by due_at
      limit ${limit}
      for update skip locked
    ) due
    where w.booking_id = due.booking_id
    returning w.booking_id, w.generation::text as generation, w.attempts, w.trigger_event`.execute(db);
  return rows;
}

/** Keeps the bookings at work held for another `leaseSeconds` (while their worker lives; see queueWorker's keepLeases). */
export async function extendWorkLeases(db: Kysely<Database>, work: ClaimedWork[], leaseSeconds: number): Promise<void> {
  await db
    .updateTable('outbound_work')
    .set({ leased_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      'booking_id',
      'in',
      work.map((item) => item.booking_id),
    )
    .where('leased_until', 'is not', null)
    .execute();
}

/** Due again after `delayMs`; `countAttempt` is false while the change only waits (for access, say). */
export async function retryWorkAfter(
  db: Kysely<Database>,
  work: ClaimedWork,
  delayMs: number,
  { countAttempt = true, error }: { countAttempt?: boolean; error?: string } = {},
): Promise<void> {
  await db
    .updateTable('outbound_work')
    .set((eb) => ({
      leased_until: null,
      due_at: sql`now() + make_interval(secs => ${delayMs / 1000})`,
      attempts: countAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
      last_error: error ?? null,
    }))
    .where('booking_id', '=', work.booking_id)
    .execute();
}

/** Given up: kept with the reason, out of the worker's way, until a new change or a replay queues it again. */
export async function setWorkAside(db: Kysely<Database>, work: ClaimedWork, error: string): Promise<void> {
  await db
    .updateTable('outbound_work')
    .set({ leased_until: null, failed_at: new Date(), last_error: error })
    .where('booking_id', '=', work.booking_id)
    .where('generation', '=', work.generation)
    .execute();
}

/**
 * Done, recorded in one statement (one round trip, no BEGIN/COMMIT): the event Google now has (`null`: none; left as
 * it is when undefined), its link healthy again, and the row gone unless a newer change arrived, which is then due.
 */
export async function finishWritten(
  db: Kysely<Database>,
  work: ClaimedWork,
  written: WrittenEvent | null | undefined,
): Promise<void> {
  const id = work.booking_id;
  await sql`
    with recorded as (
      insert into booking_events (booking_id, integration_id, calendar_id, event_id, content_hash, written_at)
      select ${id}, ${written?.integrationId ?? null}, ${written?.calendarId ?? null}, ${written?.eventId ?? null},
        ${written?.hash ?? null}, now()
      where ${Boolean(written)}
      on conflict (booking_id) do update set integration_id = excluded.integration_id,
        calendar_id = excluded.calendar_id, event_id = excluded.event_id, content_hash = excluded.content_hash,
        written_at = excluded.written_at
    ), forgotten as (
      delete from booking_events where booking_id = ${id} and ${written === null}
    ), healed as (
      update room_links set health = 'ok', reason = null, updated_at = now()
      where integration_id = ${written?.integrationId ?? null} and calendar_id = ${written?.calendarId ?? null}
        and health <> 'ok'
    ), finished as (
      delete from outbound_work where booking_id = ${id} and generation = ${work.generation} returning booking_id
    )
    update outbound_work set leased_until = null, due_at = now()
    where booking_id = ${id} and not exists (select 1 from finished)`.execute(db);
}
