import type { Db } from '../db/db.ts';
import type { ChannelLookup } from './channel-lookup.ts';
import { tokenMatches } from './channel-token.ts';
import type { SyncRequestBatcher } from './sync-request-batcher.ts';
import { stopStaleChannel } from './watch-channel.repository.ts';

/** The headers Google sends with every notification (reference §4.5); the body is empty. */
export interface PushHeaders {
  channelId?: string;
  token?: string;
  resourceId?: string;
  resourceState?: string;
}

export type NotificationOutcome =
  | 'sync'
  | 'requested'
  | 'unknown_channel'
  | 'wrong_token'
  | 'wrong_resource'
  | 'stale'
  | 'failed';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Deps {
  db: Db;
  channels: ChannelLookup;
  syncRequests: SyncRequestBatcher;
}

/**
 * Verifies a notification (channel id, token in constant time, resource id) and asks for a sync of its calendar:
 * never a Google call, at most a cached read and a shared statement. Anything not verified has no effect.
 */
export async function receiveNotification(deps: Deps, headers: PushHeaders): Promise<NotificationOutcome> {
  const { channelId, resourceId } = headers;
  // calbridge's channel ids are uuids: anything else is unknown without a database read.
  if (channelId === undefined || !uuid.test(channelId) || resourceId === undefined) return 'unknown_channel';
  const channel = await deps.channels(channelId);
  if (!channel) return 'unknown_channel';
  if (!tokenMatches(channel.token_hash, headers.token)) return 'wrong_token';
  // Unknown until Google answers the watch, and the `sync` message may come first.
  if (channel.resource_id !== null && channel.resource_id !== resourceId) return 'wrong_resource';
  if (channel.state === 'stopping' || channel.state === 'stopped') {
    if (channel.state === 'stopped') await stopStaleChannel(deps.db, channel.id, resourceId);
    return 'stale';
  }
  if (headers.resourceState === 'sync') return 'sync';
  await deps.syncRequests.request({ integrationId: channel.integration_id, calendarId: channel.calendar_id });
  return 'requested';
}
