import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { setIntegrationStatus } from '../integrations/integration-status.ts';

/**
 * Google refused the calendar (unshared, role lowered, deleted): every link to it reports `access_lost` and the
 * integration `error` with the calendar named (IntegrationStatusChanged, so the partner is told; spec §5).
 */
export async function markCalendarAccessLost(
  trx: Kysely<Database>,
  integrationId: string,
  calendarId: string,
  googleAnswer: string,
): Promise<void> {
  await trx
    .updateTable('room_links')
    .set({ health: 'access_lost', reason: googleAnswer, updated_at: new Date() })
    .where('integration_id', '=', integrationId)
    .where('calendar_id', '=', calendarId)
    .execute();
  const reason = `calendar ${calendarId} is not accessible any more: ${googleAnswer}`;
  await setIntegrationStatus(trx, integrationId, 'error', reason);
}
