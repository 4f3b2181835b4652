import { eventually } from '@calbridge/testkit';
import type { PartnerApi } from '../../../services/calendar-connector/test/support/partner-api.ts';

/**
 * Presses the partner's "Synchronize calendars" button (re-read the linked calendars) and waits until the connector
 * reports the sync done: what it read is then on its way to availability-service. It stands in for push, not wired in
 * yet, and for the backstop, which comes every 15 minutes.
 */
export async function synchronizeCalendars(connector: PartnerApi, integrationId: string): Promise<void> {
  const started = await connector.post(`/v1/integrations/${integrationId}/sync`, { direction: 'from_calendar' });
  if (started.status !== 202) throw new Error(`sync refused: ${started.status} ${JSON.stringify(started.body)}`);
  await eventually(async () => {
    const sync = await connector.get(`/v1/integrations/${integrationId}/syncs/${started.body.syncId}`);
    if (sync.body.status !== 'succeeded') throw new Error(`sync not done: ${JSON.stringify(sync.body)}`);
  });
}
