import { randomUUID } from 'node:crypto';
import type { PartnerScope } from '@calbridge/http';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { calendarAlreadyLinked, integrationNotFound } from '../errors/connector-problems.ts';
import { applyModeChange, releaseIntegrationCalendars } from '../inbound/calendar-release.ts';
import { queueIntegrationBookings } from '../outbound/outbound-queue.repository.ts';
import {
  deleteIntegrationRow,
  findIntegration,
  insertIntegration,
  updateIntegration,
} from './integration.repository.ts';
import type { DataScope, IntegrationAuth, IntegrationMode } from './integration.table.ts';
import type { IntegrationRow } from './integration.ts';
import { setIntegrationStatus } from './integration-status.ts';
import { sharedCalendars } from './shared-calendars.ts';

export interface NewIntegration {
  name: string;
  mode: IntegrationMode;
  dataScope: DataScope;
  auth: IntegrationAuth;
}

export interface IntegrationChanges {
  name?: string;
  mode?: IntegrationMode;
  dataScope?: DataScope;
}

export function createIntegration(trx: Kysely<Database>, partnerId: string, input: NewIntegration) {
  return insertIntegration(trx, {
    id: randomUUID(),
    partner_id: partnerId,
    name: input.name,
    mode: input.mode,
    data_scope: input.dataScope,
    auth: input.auth,
  });
}

/** The integration in scope, locked for the rest of the transaction; 404 otherwise. */
export async function lockIntegration(trx: Kysely<Database>, scope: PartnerScope, id: string): Promise<IntegrationRow> {
  const row = await findIntegration(trx, scope, id, { forUpdate: true });
  if (!row) throw integrationNotFound();
  return row;
}

/**
 * A mode or data-scope change re-renders the events of future bookings (a privacy change must reach those already
 * written). Bidirectional mode lets a calendar serve one room only, so it is refused while one serves several.
 */
export async function changeIntegration(
  trx: Kysely<Database>,
  scope: PartnerScope,
  id: string,
  changes: IntegrationChanges,
): Promise<IntegrationRow> {
  const current = await lockIntegration(trx, scope, id);
  if (changes.mode === 'bidirectional' && current.mode !== 'bidirectional') {
    const shared = await sharedCalendars(trx, current);
    if (shared.length > 0) throw calendarAlreadyLinked(shared);
  }
  const row = await updateIntegration(trx, id, {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.mode === undefined ? {} : { mode: changes.mode }),
    ...(changes.dataScope === undefined ? {} : { data_scope: changes.dataScope }),
  });
  if (row.mode !== current.mode || row.data_scope !== current.data_scope) await queueIntegrationBookings(trx, id);
  await applyModeChange(trx, current, current.mode, row.mode);
  return row;
}

/**
 * Announces `inactive` (reason `deleted`) before the row goes, so consumers hear of it, and releases every block its
 * calendars caused; links, credentials and pending authorizations go with it; the events it wrote stay in Google.
 */
export async function deleteIntegration(trx: Kysely<Database>, scope: PartnerScope, id: string): Promise<void> {
  const integration = await lockIntegration(trx, scope, id);
  await setIntegrationStatus(trx, id, 'inactive', 'deleted');
  await releaseIntegrationCalendars(trx, id, integration.partner_id);
  await deleteIntegrationRow(trx, id);
}
