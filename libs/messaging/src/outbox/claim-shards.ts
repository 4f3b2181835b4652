import { type Kysely, sql } from 'kysely';
import { outboxShardCount } from '../messaging-tables.ts';

export interface RelayIdentity {
  id: string;
  /** A relay not seen for this long counts as gone, and the others take its share. */
  expiryMs: number;
}

/**
 * Marks this relay alive and locks its fair share of the shards, ceil(32 / live relays), for the caller's transaction:
 * so relays really share the work, and a relay that stops (its row deleted) or dies (its row expires) leaves its
 * share to the others at their next step. Shards whose oldest publishable row is oldest are taken first, so even a
 * share smaller than 32 reaches every shard. The heartbeat is rewritten only once it has aged a tenth of the expiry:
 * a busy relay steps hundreds of times a second, and a row version (and its WAL) per step buys the others nothing.
 */
// biome-ignore lint/suspicious/noExplicitAny: the caller's transaction over the messaging tables
export async function claimShards(trx: Kysely<any>, relay: RelayIdentity): Promise<number[]> {
  const claimed = await sql<{ shard: number }>`
    with beat as (
      insert into messaging_outbox_relay (id, seen_at) values (${relay.id}, now())
      on conflict (id) do update set seen_at = excluded.seen_at
      where messaging_outbox_relay.seen_at < now() - make_interval(secs => ${relay.expiryMs / 10_000})
    ), others as (
      select count(*) as n from messaging_outbox_relay
      where id <> ${relay.id} and seen_at > now() - make_interval(secs => ${relay.expiryMs / 1000})
    )
    select shard from messaging_outbox_shard as s
    order by (
      select min(o.seq) from messaging_outbox as o
      where o.shard = s.shard and o.failed_at is null and (o.next_attempt_at is null or o.next_attempt_at <= now())
    ) nulls last
    limit (select ceil(${outboxShardCount}::numeric / (n + 1)) from others)
    for update of s skip locked`.execute(trx);
  return claimed.rows.map((row) => row.shard);
}

/** Leaves the relay pool at once, instead of after `expiryMs`, so the others take this relay's share next step. */
// biome-ignore lint/suspicious/noExplicitAny: any service's database holds the messaging tables
export async function leaveRelayPool(db: Kysely<any>, id: string): Promise<void> {
  await sql`delete from messaging_outbox_relay where id = ${id}`.execute(db);
}

/** Forgets relays not seen for a day (they crashed), so the heartbeat table does not grow with every crash. */
// biome-ignore lint/suspicious/noExplicitAny: any service's database holds the messaging tables
export async function forgetLostRelays(db: Kysely<any>): Promise<void> {
  await sql`delete from messaging_outbox_relay where seen_at < now() - interval '1 day'`.execute(db);
}
