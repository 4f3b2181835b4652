import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { Registry } from 'prom-client';
import { startInboxConsumer } from '../src/index.ts';
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

test('when events are handled, skipped, dead-lettered or wait, then the metrics registry counts them by type and shows lag per partition', async () => {
  const registry = new Registry();
  const room = randomUUID();
  const handled = roomEvent(room, 1);
  const poison = roomEvent(room, 2);
  const unknown = { ...roomEvent(room, 3), id: randomUUID(), type: 'RoomArchived' };
  const waiting = roomEvent(room, 4);
  let release = (): void => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await fixture.producer.send(
    [handled, poison, unknown, waiting].map((event) => ({
      topic: fixture.topic,
      key: room,
      value: JSON.stringify(event),
      headers: {},
    })),
  );

  const group = `${fixture.prefix}metrics`;
  let partition = -1;
  const consumer = await startInboxConsumer({
    ...fixture.consumerOptions,
    groupId: 'metrics',
    metricsRegistry: registry,
    lagIntervalMs: 200,
    maxAttempts: 1,
    chunkSize: 1,
    handlers: {
      RoomUpserted: async (_trx, event, message) => {
        partition = message.partition;
        if (event.id === poison.id) throw new Error('cannot apply');
        if (event.id === waiting.id) await held;
      },
    },
  });
  const lag = () => metricValue(registry, 'messaging_consumer_lag', { group, topic: fixture.topic, partition });
  const events = (type: string, outcome: string) =>
    metricValue(registry, 'messaging_consumed_events_total', { group, topic: fixture.topic, type, outcome });

  try {
    await eventually(async () => expect(await events('RoomArchived', 'skipped')).toBe(1));
    expect(await events('RoomUpserted', 'handled')).toBe(1);
    expect(await events('RoomUpserted', 'dead_lettered')).toBe(1);
    await eventually(async () => expect(await lag()).toBeGreaterThan(0));

    release();
    await eventually(async () => expect(await lag()).toBe(0));
    expect(await events('RoomUpserted', 'handled')).toBe(2);
  } finally {
    release();
    await consumer.stop();
  }
});
