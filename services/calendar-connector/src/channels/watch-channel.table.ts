import type { ColumnType, Generated } from 'kysely';

export type ChannelState = 'opening' | 'open' | 'stopping' | 'stopped';

/** A Google push channel (events.watch) on a calendar an integration reads. */
export interface WatchChannelTable {
  /** X-Goog-Channel-ID. */
  id: string;
  integration_id: string;
  calendar_id: string;
  /** X-Goog-Resource-ID, known once Google answered the watch. */
  resource_id: string | null;
  /** SHA-256 of the channel's token (X-Goog-Channel-Token); the token itself is never stored. */
  token_hash: Buffer;
  state: ColumnType<ChannelState, ChannelState | undefined, ChannelState>;
  expires_at: Date | null;
  due_at: ColumnType<Date, Date | undefined, Date>;
  attempts: Generated<number>;
  leased_until: Date | null;
  last_error: string | null;
  created_at: Generated<Date>;
}
