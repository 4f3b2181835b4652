import { queueWorker, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import { type ConnectorDeps, connectorDeps } from '../connector-context.ts';
import type { Database } from '../db/database.ts';
import type { CalendarKey } from '../inbound/sync-requests.repository.ts';
import { channelLeaseSeconds, openChannel } from './open-channel.ts';
import { stopChannel } from './stop-channel.ts';
import { claimDueChannels, settleChannel, type WatchChannelRow } from './watch-channel.repository.ts';
import { calendarsWithoutChannel, isWatched } from './watched-calendars.repository.ts';

type ChannelWork = { channel: WatchChannelRow } | { calendar: CalendarKey };

const concurrency = 4;
// Looking for calendars without a channel is a join over every linked calendar: not at every idle poll.
const discoveryEveryMs = 500;

async function workChannel(deps: ConnectorDeps, channel: WatchChannelRow): Promise<void> {
  if (channel.state === 'stopping') return stopChannel(deps, channel);
  const key = { integrationId: channel.integration_id, calendarId: channel.calendar_id };
  if (!(await isWatched(deps.db, key))) {
    // Stopped on the next claim (a watch that never opened has nothing to stop).
    const opened = channel.state === 'open';
    return settleChannel(deps.db, channel.id, { state: opened ? 'stopping' : 'stopped', retryInMs: 0 });
  }
  return openChannel(deps, key, channel.state === 'open' ? { renewing: channel } : { retrying: channel });
}

/**
 * Keeps one push channel open on every watched calendar (spec §5): opens the missing ones, renews those due (the new
 * one first), stops those no longer wanted. Channels are rows claimed with a lease, like the outbound queue.
 */
export const channelsWorker = queueWorker<ServiceDeps<Config, Database>, ConnectorDeps, ChannelWork>({
  name: 'watch channels worker',
  open: connectorDeps,
  queue: (deps) => {
    let discoveredAt = 0;
    return {
      concurrency,
      logger: deps.logger,
      claim: async (limit) => {
        const due: ChannelWork[] = (await claimDueChannels(deps.db, limit, channelLeaseSeconds)).map((channel) => ({
          channel,
        }));
        if (due.length >= limit || Date.now() - discoveredAt < discoveryEveryMs) return due;
        discoveredAt = Date.now();
        const missing = await calendarsWithoutChannel(deps.db, limit - due.length);
        return [...due, ...missing.map((calendar) => ({ calendar }))];
      },
      work: (work) => ('channel' in work ? workChannel(deps, work.channel) : openChannel(deps, work.calendar)),
    };
  },
});
