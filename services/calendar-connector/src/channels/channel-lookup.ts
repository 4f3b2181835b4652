import { LRUCache } from 'lru-cache';
import type { Db } from '../db/db.ts';
import { findChannel, type WatchChannelRow } from './watch-channel.repository.ts';

/** An entry for a channel id we do not know too, so a flood of one unknown id costs one read. */
interface Cached {
  channel: WatchChannelRow | undefined;
}

export type ChannelLookup = (id: string) => Promise<WatchChannelRow | undefined>;

/**
 * The webhook's view of the channels, kept a few seconds: a burst of notifications for one channel reads its row
 * once, and concurrent misses on one id share that read (lru-cache's fetch). A state change shows within the TTL,
 * which only delays recognising a channel as stale; what a notification causes is safe to repeat.
 */
export function createChannelLookup(db: Db, options: { ttlMs: number; max: number }): ChannelLookup {
  const cache = new LRUCache<string, Cached>({
    max: options.max,
    ttl: options.ttlMs,
    fetchMethod: async (id) => ({ channel: await findChannel(db, id) }),
  });
  return async (id) => (await cache.fetch(id))?.channel;
}
