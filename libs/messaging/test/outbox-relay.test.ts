import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { enqueueEvent, type OutboxRelay, startOutboxRelay } from '../src/index.ts';
import { bump, messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent, versionOf } from './support/room-events.ts';
import { type ReadMessage, readTopic } from './support/topic-reader.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;
const rooms = Array.from({ length: 8 }, () => randomUUID());

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

async function commitConcurrently(transactions: number, workers: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next++ < transactions) {
      const room = rooms[Math.floor(Math.random() * rooms.length)] as string;
      await fixture.db.transaction().execute(async (trx) => enqueueEvent(trx, roomEvent(room, await bump(trx, room))));
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

function expectInOrderPerKey(messages: ReadMessage[]): void {
  const versions = new Map<string, number[]>();
  for (const { key, value } of messages) versions.set(key, [...(versions.get(key) ?? []), versionOf(value)]);
  for (const list of versions.values()) expect(list).toEqual(list.map((_, index) => index + 1));
}

const ids = (messages: ReadMessage[]) => messages.map(({ value }) => (JSON.parse(value) as { id: string }).id);

describe('outbox relay', () => {
  test('when concurrent transactions commit events and two relays run, then each arrives once, in order per key', async () => {
    const relays: OutboxRelay[] = await Promise.all([
      startOutboxRelay({ ...fixture.relayOptions, batchSize: 20 }),
      startOutboxRelay({ ...fixture.relayOptions, batchSize: 20 }),
    ]);
    const reader = await readTopic(fixture.brokers, fixture.topic);
    await commitConcurrently(400, 16);
    await eventually(() => expect(reader.messages.length).toBeGreaterThanOrEqual(400));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all([...relays.map((relay) => relay.stop()), reader.stop()]);

    expect(new Set(ids(reader.messages)).size).toBe(400);
    expect(reader.messages).toHaveLength(400);
    expectInOrderPerKey(reader.messages);
    expect(reader.messages[0]?.headers['content-type']).toContain('cloudevents');
    const pending = await fixture.db.selectFrom('messaging_outbox').select('id').execute();
    expect(pending).toEqual([]);
  });

  test('when a transaction rolls back, then its event is never published', async () => {
    const relay = await startOutboxRelay(fixture.relayOptions);
    const reader = await readTopic(fixture.brokers, fixture.topic);
    const room = randomUUID();
    const rolledBack = roomEvent(room, 1);
    const marker = roomEvent(room, 2);
    const failing = fixture.db.transaction().execute(async (trx) => {
      await enqueueEvent(trx, rolledBack);
      throw new Error('business rule failed');
    });
    await expect(failing).rejects.toThrow('business rule failed');
    await fixture.db.transaction().execute((trx) => enqueueEvent(trx, marker));
    await eventually(() => expect(ids(reader.messages)).toContain(marker.id));
    await Promise.all([relay.stop(), reader.stop()]);

    expect(ids(reader.messages)).not.toContain(rolledBack.id);
  });
});
