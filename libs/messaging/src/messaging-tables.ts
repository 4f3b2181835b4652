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
  };
  messaging_outbox_shard: { shard: number };
  messaging_inbox: { consumer: string; event_id: string; processed_at: Generated<Date> };
}

/** Number of rows in messaging_outbox_shard: the unit of work a relay claims. */
export const outboxShardCount = 32;
