import { setTimeout } from 'node:timers/promises';
import { sql } from 'kysely';
import type { ConnectorDeps } from '../connector-context.ts';
import { channelLeaseSeconds } from './open-channel.ts';
import { stopChannel } from './stop-channel.ts';

/**
 * Before an integration (and with it its credentials) is deleted, Google is told to stop its channels, waiting at
 * most `timeoutMs`. A channel Google could not be told about expires by itself; its notifications are ignored then.
 */
export async function stopIntegrationChannels(deps: ConnectorDeps, integrationId: string, timeoutMs: number) {
  const channels = await deps.db
    .updateTable('watch_channels')
    .set({
      state: 'stopping',
      due_at: sql<Date>`now()`,
      leased_until: sql<Date>`now() + make_interval(secs => ${channelLeaseSeconds})`,
    })
    .where('integration_id', '=', integrationId)
    .where('state', '<>', 'stopped')
    .returningAll()
    .execute();
  const stopped = Promise.allSettled(channels.map((channel) => stopChannel(deps, channel)));
  await Promise.race([stopped, setTimeout(timeoutMs, undefined, { ref: false })]);
}
