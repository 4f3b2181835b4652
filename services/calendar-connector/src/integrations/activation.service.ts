import type { PartnerScope } from '@calbridge/http';
import type { Kysely } from 'kysely';
import { stopUnwatchedChannels } from '../channels/watched-calendars.repository.ts';
import type { Database } from '../db/database.ts';
import {
  integrationNotAuthorized,
  reauthorizationRequired,
  serviceAccountNotConfigured,
} from '../errors/connector-problems.ts';
import { requestIntegrationSyncs } from '../inbound/sync-requests.repository.ts';
import { queueIntegrationBookings } from '../outbound/outbound-queue.repository.ts';
import { updateIntegration } from './integration.repository.ts';
import { lockIntegration } from './integration.service.ts';
import type { IntegrationRow } from './integration.ts';
import { setIntegrationStatus } from './integration-status.ts';

async function hasRefreshToken(trx: Kysely<Database>, integrationId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('integration_credentials')
    .select('integration_id')
    .where('integration_id', '=', integrationId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Activating needs credentials Google accepts: a refresh token (oauth) or the platform's service account. It writes
 * the future bookings the linked rooms already have, not only new ones (issue 10).
 */
export async function activateIntegration(
  trx: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  serviceAccountConfigured: boolean,
): Promise<IntegrationRow> {
  const current = await lockIntegration(trx, scope, id);
  if (current.auth === 'service_account' && !serviceAccountConfigured) throw serviceAccountNotConfigured();
  if (current.auth === 'oauth') {
    if (current.status === 'needs_reauth') throw reauthorizationRequired(current.reason ?? 'needs_reauth');
    if (!(await hasRefreshToken(trx, id))) throw integrationNotAuthorized();
  }
  await updateIntegration(trx, id, { activated: true });
  if (current.status !== 'active') {
    await setIntegrationStatus(trx, id, 'active');
    await queueIntegrationBookings(trx, id);
    await requestIntegrationSyncs(trx, id);
  }
  return lockIntegration(trx, scope, id);
}

export async function deactivateIntegration(
  trx: Kysely<Database>,
  scope: PartnerScope,
  id: string,
): Promise<IntegrationRow> {
  await lockIntegration(trx, scope, id);
  await updateIntegration(trx, id, { activated: false });
  await setIntegrationStatus(trx, id, 'inactive', 'deactivated');
  // Push channels are stopped with the integration; activating opens new ones.
  await stopUnwatchedChannels(trx, id);
  return lockIntegration(trx, scope, id);
}
