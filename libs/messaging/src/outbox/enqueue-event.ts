import { type CalbridgeEvent, keyOf, topicOf } from '@calbridge/contracts';
import { injectTraceHeaders } from '@calbridge/telemetry';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { outboxShardCount } from '../messaging-tables.ts';

/** LISTEN/NOTIFY channel that wakes the relay as soon as an outbox row commits. */
export const outboxChannel = 'messaging_outbox';

// First half of the two-int advisory lock key, so these locks never collide with a service's own advisory locks.
const lockNamespace = 0x0b0c;

/**
 * Writes events to the outbox inside the caller's transaction, so they are published if and only if it commits.
 * Rows for one key are serialised by a transaction-scoped advisory lock, which makes their sequence order equal their
 * commit order: the relay can then publish in sequence order per key. Locks (taken in key order, so two writers never
 * wait on each other), the rows (sequence in the given order) and the relay's wake-up are one statement: one round
 * trip, however many events.
 */
// biome-ignore lint/suspicious/noExplicitAny: the caller's transaction carries its own schema
export async function enqueueEvents(trx: Kysely<any>, events: readonly CalbridgeEvent[]): Promise<void> {
  if (events.length === 0) return;
  await outboxInsert(events).execute(trx);
}

/** One event: see enqueueEvents. */
// biome-ignore lint/suspicious/noExplicitAny: the caller's transaction carries its own schema
export function enqueueEvent(trx: Kysely<any>, event: CalbridgeEvent): Promise<void> {
  return enqueueEvents(trx, [event]);
}

/**
 * The statement enqueueEvents runs, for a caller that folds it into its own statement as a data-modifying CTE
 * (`with changed as (…), outboxed as (${outboxInsert(events, sql`exists (select 1 from changed)`)}) select …`):
 * the change and its events are then one round trip and need no BEGIN/COMMIT, as one statement is atomic, and the
 * advisory locks hold until that statement commits, so the order guarantee above still holds. Rows are written only
 * when `onlyIf` is true.
 */
export function outboxInsert(
  events: readonly CalbridgeEvent[],
  onlyIf: RawBuilder<unknown> = sql`true`,
): RawBuilder<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/cloudevents+json; charset=utf-8' };
  injectTraceHeaders(headers);
  const keys = events.map(keyOf);
  return sql`
    with locked as (
      select count(pg_advisory_xact_lock(${lockNamespace}, hashtext(key)))
      from (select distinct key from unnest(${keys}::text[]) as key order by key) as ordered
    ), notified as (
      select pg_notify(${outboxChannel}, '')
    )
    insert into messaging_outbox (id, shard, topic, key, type, payload, headers)
    select row.id, (hashtext(row.key) & 2147483647) % ${outboxShardCount}, row.topic, row.key, row.type,
      payload.value::text, ${JSON.stringify(headers)}::jsonb
    from unnest(${events.map((event) => event.id)}::uuid[], ${events.map(topicOf)}::text[], ${keys}::text[],
      ${events.map((event) => event.type)}::text[])
      with ordinality as row(id, topic, key, type, position)
    -- The payloads as one json array: a text[] parameter escapes every quote of every payload on the way in, and
    -- json (not jsonb) hands each element back as the very text JSON.stringify wrote.
    join json_array_elements(${JSON.stringify(events)}::json) with ordinality as payload(value, position)
      using (position)
    cross join locked cross join notified
    where ${onlyIf}
    order by row.position`;
}
