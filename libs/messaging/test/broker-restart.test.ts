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

test('when the broker restarts during consumption, then consumption resumes and nothing is lost', async () => {
  await commit(100);
  await eventually(async () => expect(await applied()).toHaveLength(100));

  await broker.stop();
  await commit(100);
  broker = await startKafkaBroker(brokerOptions);
  await commit(100);

  await eventually(async () => expect((await applied()).length).toBeGreaterThanOrEqual(300), 90_000);
  const ids = await applied();
  expect(ids).toHaveLength(300);
  expect(new Set(ids).size).toBe(300);
}, 180_000);
