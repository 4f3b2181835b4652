import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { enqueueEvents, type OutboxRelay, startOutboxRelay } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent } from './support/room-events.ts';
import { watchedProducer } from './support/watched-producer.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

const liveRelays = async () =>
  Number((await sql<{ n: string }>`select count(*) as n from messaging_outbox_relay`.execute(fixture.db)).rows[0]?.n);

/** 64 rooms' events in one transaction: one notification, rows in most of the 32 shards. */
async function enqueueSpread() {
  const events = Array.from({ length: 64 }, () => roomEvent(randomUUID(), 1));
  await fixture.db.transaction().execute((trx) => enqueueEvents(trx, events));
  return events.map((event) => event.id);
}

const waiting = async () =>
  (await sql<{ shard: number }>`select shard from messaging_outbox`.execute(fixture.db)).rows.map((row) => row.shard);

const idsOf = (messages: { value: string | Buffer }[]) => messages.map(({ value }) => JSON.parse(String(value)).id);

describe('relays sharing the outbox', () => {
  test('when two relays run and one is stuck in a send, then the other still publishes the rows of its own half of the shards', async () => {
    const stuck = watchedProducer(fixture.producer);
    const free = watchedProducer(fixture.producer);
    // Both held until both are in a send, whichever claims first: each then holds a share of its own.
    stuck.hold();
    free.hold();
    const relays: OutboxRelay[] = [await startOutboxRelay({ ...fixture.relayOptions, producer: stuck.producer })];
    relays.push(await startOutboxRelay({ ...fixture.relayOptions, producer: free.producer }));
    await eventually(async () => expect(await liveRelays()).toBe(2));
    const ids = await enqueueSpread();

    await eventually(() => expect([stuck.watched.sends.length, free.watched.sends.length]).toEqual([1, 1]));
    free.release();
    const left = await eventually(async () => {
      const shards = await waiting();
      expect(free.watched.published.length).toBeGreaterThan(0);
      expect(free.watched.published.length + shards.length).toBe(64);
      return shards;
    });
    stuck.release();
    await eventually(async () => expect(await waiting()).toEqual([]));
    await Promise.all(relays.map((relay) => relay.stop()));

    expect(left.length).toBeGreaterThan(0);
    expect(new Set(left).size).toBeLessThanOrEqual(16);
    expect([...idsOf(stuck.watched.published), ...idsOf(free.watched.published)].sort()).toEqual([...ids].sort());
  });

  test('when a relay stops, then the other claims every shard at its next step', async () => {
    const leaving = await startOutboxRelay(fixture.relayOptions);
    const staying = watchedProducer(fixture.producer);
    const relay = await startOutboxRelay({ ...fixture.relayOptions, producer: staying.producer });
    await eventually(async () => expect(await liveRelays()).toBe(2));
    await leaving.stop();
    const ids = await enqueueSpread();
    await eventually(async () => expect(await waiting()).toEqual([]));
    await relay.stop();

    expect(await liveRelays()).toBe(0);
    expect(staying.watched.sends).toHaveLength(1);
    expect(idsOf(staying.watched.sends[0] ?? []).sort()).toEqual([...ids].sort());
  });
});
