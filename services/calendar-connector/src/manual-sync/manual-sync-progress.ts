import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';

/**
 * A calendar sync that covered request `requested` ticks every manual sync waiting for that calendar: one calendar
 * more done, the events it told availability about and the bookings it found missing or changed in Google. The last
 * calendar makes the manual sync `succeeded`.
 */
export async function tickManualSyncs(
  trx: Kysely<Database>,
  key: CalendarKey,
  requested: string,
  counts: { eventsChanged: number; bookingsWritten: number },
): Promise<void> {
  await sql`
    with ticked as (
      update manual_sync_calendars set done = true
      where integration_id = ${key.integrationId} and calendar_id = ${key.calendarId}
        and requested <= ${requested}::bigint and not done
      returning manual_sync_id
    )
    update manual_syncs m set
      calendars_done = m.calendars_done + 1,
      events_changed = m.events_changed + ${counts.eventsChanged},
      bookings_written = m.bookings_written + ${counts.bookingsWritten},
      started_at = coalesce(m.started_at, now()),
      status = case when m.calendars_done + 1 >= m.calendars_total then 'succeeded' else 'running' end,
      finished_at = case when m.calendars_done + 1 >= m.calendars_total then now() end
    from ticked where m.id = ticked.manual_sync_id`.execute(trx);
}

/** A calendar whose sync failed for good (access lost, authorization revoked) fails the manual syncs waiting for it. */
export async function failManualSyncs(trx: Kysely<Database>, key: CalendarKey, error: string): Promise<void> {
  await sql`
    with failed as (
      update manual_sync_calendars set done = true
      where integration_id = ${key.integrationId} and calendar_id = ${key.calendarId} and not done
      returning manual_sync_id
    )
    update manual_syncs m set status = 'failed', error = ${error}, finished_at = now()
    from failed where m.id = failed.manual_sync_id and m.status in ('queued', 'running')`.execute(trx);
}
