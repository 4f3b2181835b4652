import type { ConnectorDeps } from '../connector-context.ts';
import { findIntegration } from '../integrations/integration.repository.ts';
import { failureReason, retryInMs } from './channel-failure.ts';
import { stopWatching } from './channel-google.ts';
import { settleChannel, type WatchChannelRow } from './watch-channel.repository.ts';
import { refreshLinkChannelExpiry } from './watched-calendars.repository.ts';

/**
 * Tells Google to stop a channel. One that never opened, has expired, or whose integration (and so credentials) is
 * gone needs no call: Google stops it by itself at expiry and its late notifications are refused as stale.
 */
export async function stopChannel(deps: ConnectorDeps, channel: WatchChannelRow): Promise<void> {
  const { db } = deps;
  const key = { integrationId: channel.integration_id, calendarId: channel.calendar_id };
  const expired = channel.expires_at !== null && channel.expires_at.getTime() <= Date.now();
  const integration = await findIntegration(db, undefined, channel.integration_id);
  if (channel.resource_id === null || expired || !integration) {
    await settleChannel(db, channel.id, { state: 'stopped', error: integration ? null : 'integration deleted' });
    if (integration) await refreshLinkChannelExpiry(db, key);
    return;
  }
  const outcome = await stopWatching(deps, db, integration, { ...channel, resource_id: channel.resource_id });
  if (outcome.kind === 'stopped') {
    await settleChannel(db, channel.id, { state: 'stopped', error: null });
    await refreshLinkChannelExpiry(db, key);
    return;
  }
  const untilExpiry = (channel.expires_at?.getTime() ?? Number.POSITIVE_INFINITY) - Date.now();
  const wait = Math.min(retryInMs(deps, outcome, channel.attempts), untilExpiry);
  await settleChannel(db, channel.id, { retryInMs: wait, error: failureReason(outcome), countAttempt: true });
}
