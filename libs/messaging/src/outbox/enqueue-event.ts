import { type CalbridgeEvent, keyOf, topicOf } from '@calbridge/contracts';
import { injectTraceHeaders } from '@calbridge/telemetry';
import { type Kysely, sql } from 'kysely';
import { type MessagingTables, outboxShardCount } from '../messaging-tables.ts';

/** LISTEN/NOTIFY channel that wakes the relay as soon as an outbox row commits. */
export const outboxChannel = 'messaging_outbox';

/**
 * Writes the event to the outbox inside the caller's transaction, so it is published if and only if the
 * transaction commits. Rows for one key are serialised by a transaction-scoped advisory lock, which makes their
 * sequence order equal their commit order: the relay can then publish in sequence order per key.
 */
// biome-ignore lint/suspicious/noExplicitAny: the caller's transaction carries its own schema
export async function enqueueEvent(trx: Kysely<any>, event: CalbridgeEvent): Promise<void> {
  const db = trx as unknown as Kysely<MessagingTables>;
  const key = keyOf(event);
  await sql`select pg_advisory_xact_lock(${lockNamespace}, hashtext(${key}))`.execute(db);
  const headers: Record<string, string> = { 'content-type': 'application/cloudevents+json; charset=utf-8' };
  injectTraceHeaders(headers);
  await db
    .insertInto('messaging_outbox')
    .values({
      id: event.id,
      shard: sql<number>`(hashtext(${key}) & 2147483647) % ${outboxShardCount}`,
      topic: topicOf(event),
      key,
      type: event.type,
      payload: JSON.stringify(event),
      headers,
    })
    .execute();
  await sql`select pg_notify(${outboxChannel}, '')`.execute(db);
}

// First half of the two-int advisory lock key, so these locks never collide with a service's own advisory locks.
const lockNamespace = 0x0b0c;
