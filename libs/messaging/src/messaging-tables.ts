import type { Generated } from 'kysely';

/** The tables this lib owns in each service's database (see migrations/). */
export interface MessagingTables {
  messaging_outbox: {
    seq: Generated<string>;
    id: string;
    shard: number;
    topic: string;
    key: string;
    type: string;
    payload: string;
    headers: Record<string, string>;
    created_at: Generated<Date>;
    attempts: Generated<number>;
    /** Set while the row waits to be retried; its key waits with it. */
    next_attempt_at: Date | null;
    /** Set when the row was given up on: it stays here, out of the way, for an operator. */
    failed_at: Date | null;
    last_error: string | null;
  };
  messaging_outbox_shard: { shard: number };
  /** One row per running relay, refreshed every step: how relays know their fair share of the shards. */
  messaging_outbox_relay: { id: string; seen_at: Date };
  messaging_inbox: { consumer: string; event_id: string; processed_at: Generated<Date> };
}

/** Number of rows in messaging_outbox_shard: the unit of work a relay claims. */
export const outboxShardCount = 32;
