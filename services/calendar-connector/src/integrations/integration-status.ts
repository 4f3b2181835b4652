import { createEvent } from '@calbridge/contracts';
import { enqueueEvent } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { serviceName } from '../service-name.ts';
import type { IntegrationStatus } from './integration.table.ts';

/** The reason of `needs_reauth` when Google refused the stored grant (`invalid_grant`): revoked or expired. */
export const authorizationRevoked = 'google_authorization_revoked';

/**
 * Moves an integration to `status` and publishes IntegrationStatusChanged in the same transaction (outbox), so the
 * partner hears of every change and of nothing that did not commit. A change to the same status and reason is no
 * change: nothing is published twice.
 */
export async function setIntegrationStatus(
  trx: Kysely<Database>,
  integrationId: string,
  status: IntegrationStatus,
  reason: string | null = null,
): Promise<void> {
  const row = await trx
    .updateTable('integrations')
    .set((eb) => ({ status, reason, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', integrationId)
    .where((eb) => eb.or([eb('status', '!=', status), eb('reason', 'is distinct from', reason)]))
    .returning(['id', 'partner_id', 'name', 'status', 'reason', 'version'])
    .executeTakeFirst();
  if (!row) return;
  await enqueueEvent(
    trx,
    createEvent('IntegrationStatusChanged', {
      source: serviceName,
      subject: row.id,
      partnerId: row.partner_id,
      data: {
        integration: {
          id: row.id,
          partnerId: row.partner_id,
          name: row.name,
          status: row.status,
          ...(row.reason ? { reason: row.reason } : {}),
          version: row.version,
        },
      },
    }),
  );
}
