import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { Registry } from 'prom-client';
import { type EventHandlers, startInboxConsumer } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { metricValue } from './support/metric-value.ts';
import { roomEvent } from './support/room-events.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

const seen: string[] = [];
const recordSeen: EventHandlers = {
  RoomUpserted: async (trx, event) => {
    await trx.insertInto('applied').values({ id: event.id }).execute();
    seen.push(event.id);
  },
};
const publish = (key: string, value: object) =>
  fixture.producer.send([{ topic: fixture.topic, key, value: JSON.stringify(value), headers: {} }]);
/** Messages ever written to the DLQ: the lag of a group that never read it. */
const deadLettered = () => fixture.bus.lag(`never-${randomUUID()}`, [`${fixture.topic}.dlq`]);

test('when an event of a type the consumer does not know arrives, then it is skipped, counted and its offset committed, not dead-lettered', async () => {
  const registry = new Registry();
  const room = randomUUID();
  const newer = { ...roomEvent(room, 1), id: randomUUID(), type: 'RoomArchived', data: { roomId: room } };
  const after = roomEvent(room, 2);
  await publish(room, newer);
  await publish(room, after);

  const groupId = 'knows-less';
  const consumer = await startInboxConsumer({
    ...fixture.consumerOptions,
    groupId,
    handlers: recordSeen,
    metricsRegistry: registry,
  });
  await eventually(() => expect(seen).toContain(after.id));
  await eventually(async () => expect(await fixture.bus.lag(`${fixture.prefix}${groupId}`, [fixture.topic])).toBe(0));
  await consumer.stop();

  expect(await deadLettered()).toBe(0);
  const labels = {
    group: `${fixture.prefix}${groupId}`,
    topic: fixture.topic,
    type: 'RoomArchived',
    outcome: 'skipped',
  };
  expect(await metricValue(registry, 'messaging_consumed_events_total', labels)).toBe(1);
});

test('when an event carries fields its contract does not define, then the handler gets it instead of the DLQ', async () => {
  const event = roomEvent(randomUUID(), 1);
  const extended = { ...event, priority: 'high', data: { room: { ...event.data.room, floor: 3 }, amenities: ['tv'] } };
  await publish(event.subject, extended);

  const consumer = await startInboxConsumer({ ...fixture.consumerOptions, groupId: 'tolerant', handlers: recordSeen });
  await eventually(() => expect(seen).toContain(event.id));
  await consumer.stop();

  expect(await deadLettered()).toBe(0);
});
