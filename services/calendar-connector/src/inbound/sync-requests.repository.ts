import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface CalendarKey {
  integrationId: string;
  calendarId: string;
}

/**
 * Asks for a sync of each calendar (a push, the backstop, a manual sync): one statement whatever the number, and a
 * request for a calendar already waiting costs nothing more than a counter. `full` asks for a full sync (a
 * reconcile) instead of an incremental one. Calendars no longer read are skipped. Returns the calendars asked.
 */
export async function requestSyncs(
  db: Kysely<Database>,
  keys: CalendarKey[],
  options: { full?: boolean } = {},
): Promise<{ integrationId: string; calendarId: string; requested: string }[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .updateTable('calendar_syncs')
    .set((eb) => ({
      requested: sql`${eb.ref('requested')} + 1`,
      full_requested: options.full ? true : eb.ref('full_requested'),
    }))
    .where(
      sql<boolean>`(integration_id, calendar_id) in (select * from unnest(${keys.map((key) => key.integrationId)}::uuid[], ${keys.map((key) => key.calendarId)}::text[]))`,
    )
    .returning(['integration_id', 'calendar_id', 'requested'])
    .execute();
  return rows.map((row) => ({
    integrationId: row.integration_id,
    calendarId: row.calendar_id,
    requested: row.requested,
  }));
}

/** Starts reading a calendar an integration now links (or reads it all again, for a room newly linked to it). */
export async function startReadingCalendar(trx: Kysely<Database>, key: CalendarKey): Promise<void> {
  await trx
    .insertInto('calendar_syncs')
    .values({ integration_id: key.integrationId, calendar_id: key.calendarId })
    .onConflict((oc) =>
      oc.columns(['integration_id', 'calendar_id']).doUpdateSet((eb) => ({
        requested: sql`${eb.ref('calendar_syncs.requested')} + 1`,
        full_requested: true,
      })),
    )
    .execute();
}

/** Every calendar an integration reads: after activation, or re-authorization (`full`, spec §5). */
export async function requestIntegrationSyncs(
  db: Kysely<Database>,
  integrationId: string,
  options: { full?: boolean } = {},
): Promise<void> {
  await db
    .updateTable('calendar_syncs')
    .set((eb) => ({
      requested: sql`${eb.ref('requested')} + 1`,
      full_requested: options.full ? true : eb.ref('full_requested'),
      due_at: new Date(),
    }))
    .where('integration_id', '=', integrationId)
    .execute();
}
