import { randomUUID } from 'node:crypto';
import type { RoomUpsertedEvent } from '@calbridge/contracts';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startInboxConsumer } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent } from './support/room-events.ts';
import { readTopic } from './support/topic-reader.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

function consumeInBatches(groupId: string, batch: (events: RoomUpsertedEvent[]) => void) {
  return startInboxConsumer({
    ...fixture.consumerOptions,
    groupId,
    handlers: { RoomUpserted: { batch: async (_trx, events) => batch(events) } },
    retryBaseMs: 20,
    maxAttempts: 2,
  });
}

const publishAll = (events: RoomUpsertedEvent[]) =>
  fixture.producer.send(
    events.map((event) => ({ topic: fixture.topic, key: 'one-key', value: JSON.stringify(event), headers: {} })),
  );

describe('inbox batch handlers', () => {
  test('when events of one type wait on a partition, then the handler gets them together, in order, without repeats', async () => {
    const events = Array.from({ length: 50 }, (_, index) => roomEvent(randomUUID(), index));
    await publishAll([...events.slice(0, 30), events[3] as RoomUpsertedEvent, ...events.slice(30)]);
    const calls: string[][] = [];

    const consumer = await consumeInBatches('together', (batch) => calls.push(batch.map(({ id }) => id)));
    await eventually(() => expect(calls.flat()).toHaveLength(50));
    await consumer.stop();

    expect(calls.flat()).toEqual(events.map(({ id }) => id));
    expect(calls.length).toBeLessThan(50);
  });

  test('when a batch fails, then its events are retried one by one and only the failing one is dead-lettered', async () => {
    const dlq = await readTopic(fixture.brokers, `${fixture.topic}.dlq`);
    const events = Array.from({ length: 5 }, (_, index) => roomEvent(randomUUID(), index));
    const poison = events[2] as RoomUpsertedEvent;
    const ours = new Set(events.map(({ id }) => id));
    await publishAll(events);
    const applied: string[] = [];

    const consumer = await consumeInBatches('one-by-one', (batch) => {
      if (batch.some(({ id }) => id === poison.id)) throw new Error('cannot apply this room');
      // The group reads the topic from its start, so the previous test's events come by too.
      applied.push(...batch.map(({ id }) => id).filter((id) => ours.has(id)));
    });
    await eventually(() => expect(dlq.messages).toHaveLength(1));
    await eventually(() => expect(applied).toHaveLength(4));
    await Promise.all([consumer.stop(), dlq.stop()]);

    expect(applied).toEqual(events.filter((event) => event !== poison).map(({ id }) => id));
    expect(dlq.messages[0]?.headers['dlq-reason']).toMatch(/cannot apply this room/);
  });

  test('when a batch handler refuses an event, then the batch commits once and only that event is dead-lettered', async () => {
    const dlq = await readTopic(fixture.brokers, `${fixture.topic}.dlq`);
    const events = Array.from({ length: 5 }, (_, index) => roomEvent(randomUUID(), index));
    const refused = events[1] as RoomUpsertedEvent;
    const ours = new Set(events.map(({ id }) => id));
    await publishAll(events);
    const seen: string[] = [];

    const consumer = await startInboxConsumer({
      ...fixture.consumerOptions,
      groupId: 'refusing',
      handlers: {
        RoomUpserted: {
          batch: async (trx, batch) => {
            const mine = batch.filter(({ id }) => ours.has(id));
            seen.push(...mine.map(({ id }) => id));
            for (const { id } of mine) await trx.insertInto('applied').values({ id }).execute();
            return mine.filter(({ id }) => id === refused.id).map(({ id }) => ({ eventId: id, reason: 'not mine' }));
          },
        },
      },
    });
    const ourDeadLetters = () => dlq.messages.filter(({ value }) => ours.has(JSON.parse(value).id));
    await eventually(() => expect(ourDeadLetters()).toHaveLength(1));
    await eventually(() => expect(seen).toHaveLength(5));
    await Promise.all([consumer.stop(), dlq.stop()]);

    const applied = await fixture.db.selectFrom('applied').select('id').execute();
    expect(seen).toEqual(events.map(({ id }) => id));
    expect(applied.map(({ id }) => id).filter((id) => ours.has(id))).toEqual(seen);
    expect(JSON.parse(ourDeadLetters()[0]?.value ?? '{}').id).toBe(refused.id);
    expect(ourDeadLetters()[0]?.headers['dlq-reason']).toBe('not mine');
  });
});
