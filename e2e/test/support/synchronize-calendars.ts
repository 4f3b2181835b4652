import { eventually } from '@calbridge/testkit';
import type { PartnerApi } from '../../../services/calendar-connector/test/support/partner-api.ts';

export type SyncDirection = 'both' | 'to_calendar' | 'from_calendar';

/**
 * Presses the partner's "Synchronize calendars" button and waits until the connector reports the sync done. Every
 * direction re-reads the linked calendars: `from_calendar` so that what it read is on its way to availability-service,
 * `to_calendar` (the only one a to_calendar integration offers) so that calbridge's own events someone changed in
 * Google are written back. It stands in for push and for the backstop, which comes every 15 minutes.
 */
export async function synchronizeCalendars(
  connector: PartnerApi,
  integrationId: string,
  direction: SyncDirection = 'from_calendar',
): Promise<void> {
  const started = await connector.post(`/v1/integrations/${integrationId}/sync`, { direction });
  if (started.status !== 202) throw new Error(`sync refused: ${started.status} ${JSON.stringify(started.body)}`);
  await eventually(async () => {
    const sync = await connector.get(`/v1/integrations/${integrationId}/syncs/${started.body.syncId}`);
    if (sync.body.status !== 'succeeded') throw new Error(`sync not done: ${JSON.stringify(sync.body)}`);
  });
}
