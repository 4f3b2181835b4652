import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import type { DataScope, IntegrationMode, IntegrationStatus } from '../../src/integrations/integration.table.ts';
import { partnerId as defaultPartner } from './booking-events.ts';

export interface SeededIntegration {
  id: string;
  partnerId: string;
}

/**
 * A service-account integration, active, with its room links: the state the partner reaches through the API
 * (create, share the calendar, link rooms, activate), written directly for tests of the outbound side.
 */
export async function seedServiceAccountIntegration(
  db: Kysely<Database>,
  options: {
    links: { roomId: string; calendarId: string }[];
    mode?: IntegrationMode;
    dataScope?: DataScope;
    status?: IntegrationStatus;
    partnerId?: string;
  },
): Promise<SeededIntegration> {
  const id = randomUUID();
  const partnerId = options.partnerId ?? defaultPartner;
  await db
    .insertInto('integrations')
    .values({
      id,
      partner_id: partnerId,
      name: 'Bookingbility export',
      mode: options.mode ?? 'to_calendar',
      data_scope: options.dataScope ?? 'full',
      auth: 'service_account',
      status: options.status ?? 'active',
      reason: null,
      google_account: null,
    })
    .execute();
  for (const link of options.links) {
    await db
      .insertInto('room_links')
      .values({
        integration_id: id,
        partner_id: partnerId,
        health: 'ok',
        reason: null,
        warning: null,
        channel_expires_at: null,
        last_synced_at: null,
        room_id: link.roomId,
        calendar_id: link.calendarId,
      })
      .execute();
  }
  return { id, partnerId };
}
