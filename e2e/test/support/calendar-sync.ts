import { eventually } from '@calbridge/testkit';
import type { Kysely } from 'kysely';
import type { Database } from '../../../services/calendar-connector/src/db/database.ts';
import {
  type CalendarKey,
  requestSyncs,
} from '../../../services/calendar-connector/src/inbound/sync-requests.repository.ts';

/**
 * Asks the connector to sync a calendar now, as its backstop job or a push notification would (push is not wired in
 * this branch and the backstop counts in minutes), and resolves once a sync that started after the ask finished.
 */
export async function syncCalendarNow(connectorDb: Kysely<Database>, key: CalendarKey): Promise<void> {
  const [asked] = await requestSyncs(connectorDb, [key]);
  if (!asked) throw new Error(`the connector does not read calendar ${key.calendarId}`);
  await eventually(async () => {
    const row = await connectorDb
      .selectFrom('calendar_syncs')
      .select(['synced', 'last_error'])
      .where('integration_id', '=', key.integrationId)
      .where('calendar_id', '=', key.calendarId)
      .executeTakeFirstOrThrow();
    if (BigInt(row.synced) < BigInt(asked.requested)) throw new Error(`calendar not synced yet (${row.last_error})`);
  });
}
