import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { enqueueEvent, startInboxConsumer, startOutboxRelay } from '../src/index.ts';
import { bump, messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent, versionOf } from './support/room-events.ts';
import { readTopic } from './support/topic-reader.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

function forkRelay() {
  const child = fork(new URL('./support/relay-process.ts', import.meta.url), {
    execArgv: ['--conditions=@calbridge/source'],
    env: {
      ...process.env,
      DATABASE_URL: fixture.url,
      KAFKA_BROKERS: fixture.brokers.join(','),
      TOPIC_PREFIX: fixture.prefix,
    },
  });
  return child;
}

test('when the relay is killed mid-batch and another starts, then every event arrives and is applied once', async () => {
  const rooms = Array.from({ length: 4 }, () => randomUUID());
  for (let index = 0; index < 600; index++) {
    const room = rooms[index % rooms.length] as string;
    await fixture.db.transaction().execute(async (trx) => enqueueEvent(trx, roomEvent(room, await bump(trx, room))));
  }
  const reader = await readTopic(fixture.brokers, fixture.topic);
  const doomed = forkRelay();
  await eventually(() => expect(reader.messages.length).toBeGreaterThan(0));
  doomed.kill('SIGKILL');
  await new Promise((resolve) => doomed.once('exit', resolve));
  const publishedBeforeKill = reader.messages.length;

  const relay = await startOutboxRelay(fixture.relayOptions);
  const consumer = await startInboxConsumer({
    ...fixture.consumerOptions,
    groupId: 'crash-test',
    handlers: {
      RoomUpserted: async (trx, event) => {
        await trx.insertInto('applied').values({ id: event.id }).execute();
      },
    },
  });
  await eventually(async () => {
    const rows = await fixture.db.selectFrom('applied').select('id').execute();
    expect(rows.length).toBeGreaterThanOrEqual(600);
  }, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await Promise.all([relay.stop(), consumer.stop(), reader.stop()]);

  expect(publishedBeforeKill).toBeLessThan(600);
  const firstSeen = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const { key, value } of reader.messages) {
    const { id } = JSON.parse(value) as { id: string };
    if (seen.has(id)) continue;
    seen.add(id);
    firstSeen.set(key, [...(firstSeen.get(key) ?? []), versionOf(value)]);
  }
  expect(seen.size).toBe(600);
  for (const versions of firstSeen.values()) expect(versions).toEqual(versions.map((_, index) => index + 1));
  const applied = await fixture.db.selectFrom('applied').select('id').execute();
  expect(applied).toHaveLength(600);
  expect(new Set(applied.map(({ id }) => id)).size).toBe(600);
});
