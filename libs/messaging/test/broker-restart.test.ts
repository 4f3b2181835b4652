import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { freePort, type KafkaBroker, localDataDir, startKafkaBroker } from '@calbridge/local-stack';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import {
  enqueueEvent,
  type InboxConsumer,
  type OutboxRelay,
  startInboxConsumer,
  startOutboxRelay,
} from '../src/index.ts';
import { probeHealth } from './support/health-probe.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent } from './support/room-events.ts';

// This file restarts a broker, so it runs its own instead of the shared test broker.
const brokerOptions = { dataDir: join(localDataDir(), `restart-${randomUUID()}`), port: 0, controllerPort: 0 };
let broker: KafkaBroker;
let fixture: Awaited<ReturnType<typeof messagingFixture>>;
let relay: OutboxRelay;
let consumer: InboxConsumer;

beforeAll(async () => {
  Object.assign(brokerOptions, { port: await freePort(), controllerPort: await freePort() });
  broker = await startKafkaBroker(brokerOptions);
  fixture = await messagingFixture(broker.brokers);
  relay = await startOutboxRelay(fixture.relayOptions);
  consumer = await startInboxConsumer({
    ...fixture.consumerOptions,
    groupId: 'restart',
    // The broker's minimum, so an unreachable coordinator shows in readiness within seconds.
    sessionTimeoutMs: 6_000,
    stallAfterMs: 3_000,
    handlers: {
      RoomUpserted: async (trx, event) => {
        await trx.insertInto('applied').values({ id: event.id }).execute();
      },
    },
  });
}, 120_000);
afterAll(async () => {
  await Promise.all([relay.stop(), consumer.stop()]);
  await broker.stop();
  await fixture.close();
}, 120_000);

const commit = async (count: number) => {
  for (let index = 0; index < count; index++) {
    await fixture.db.transaction().execute((trx) => enqueueEvent(trx, roomEvent(randomUUID(), 1)));
  }
};
const applied = async () => (await fixture.db.selectFrom('applied').select('id').execute()).map(({ id }) => id);

test('when the broker restarts during consumption, then the consumer turns not ready, ready again, stays live and loses nothing', async () => {
  await commit(100);
  await eventually(async () => expect(await applied()).toHaveLength(100));
  await eventually(() => consumer.ready());
  const probe = probeHealth(consumer);

  await broker.stop();
  await commit(100);
  await eventually(() => expect(consumer.ready()).rejects.toThrow(), 90_000);
  broker = await startKafkaBroker(brokerOptions);
  await commit(100);

  await eventually(async () => expect((await applied()).length).toBeGreaterThanOrEqual(300), 90_000);
  // What the prober (an orchestrator) sees, not one lucky call: its own latest reading must be ready again.
  await eventually(async () => expect(probe.records.at(-1)?.ready).toBe(true), 60_000);
  const records = await probe.stop();
  const ids = await applied();
  expect(ids).toHaveLength(300);
  expect(new Set(ids).size).toBe(300);
  expect(records.filter(({ live }) => !live)).toEqual([]);
  const readiness = records
    .map(({ ready }) => ready)
    .filter((ready, index, all) => index === 0 || ready !== all[index - 1]);
  expect(readiness).toEqual([true, false, true]);
}, 240_000);
