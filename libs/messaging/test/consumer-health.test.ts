import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startInboxConsumer } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent } from './support/room-events.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

/** A promise that stays pending until `release()`: a handler awaiting it is stuck. */
function gate() {
  let release = (): void => {};
  const closed = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { closed, release };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const watchClosely = { stallAfterMs: 1_500, lagIntervalMs: 300 };

const publishRooms = (count: number) => {
  const events = Array.from({ length: count }, () => roomEvent(randomUUID(), 1));
  return fixture.producer.send(
    events.map((event) => ({ topic: fixture.topic, key: event.subject, value: JSON.stringify(event), headers: {} })),
  );
};

test('when a consumer stops making progress while messages wait, then liveness fails; an idle one stays live', async () => {
  const stuck = gate();
  const options = { ...fixture.consumerOptions, ...watchClosely };
  const idle = await startInboxConsumer({ ...options, groupId: 'idle', handlers: {} });
  const hanging = await startInboxConsumer({
    ...options,
    groupId: 'hanging',
    handlers: { RoomUpserted: () => stuck.closed },
  });
  await eventually(() => Promise.all([idle.ready(), hanging.ready()]));
  await publishRooms(1);

  await eventually(() => expect(hanging.live()).rejects.toThrow(/no progress for \d+ s with 1 messages waiting/));
  // Both started together, so the idle one has been watched at least as long as the one that failed.
  await expect(idle.live()).resolves.toBeUndefined();

  stuck.release();
  await Promise.all([idle.stop(), hanging.stop()]);
});

test('when a handler blocks in one partition while the other partitions move, then liveness fails naming that partition', async () => {
  const stuck = gate();
  await publishRooms(30);
  const done = new Set<number>();
  const consumer = await startInboxConsumer({
    ...fixture.consumerOptions,
    ...watchClosely,
    groupId: 'one-partition-stuck',
    handlers: {
      RoomUpserted: async (_trx, _event, message) => {
        if (message.partition === 0) await stuck.closed;
        done.add(message.partition);
      },
    },
  });

  await eventually(() => expect([...done].sort()).toEqual([1, 2]));
  const stalled = new RegExp(
    `partition ${escaped(fixture.topic)}\\[0\\]: no progress for \\d+ s with \\d+ messages waiting`,
  );
  const error = await eventually(() =>
    consumer.live().then(
      () => Promise.reject(new Error('still live')),
      (failure: Error) => failure,
    ),
  );
  expect(error.message).toMatch(stalled);
  expect(error.message).not.toMatch(/\[1\]|\[2\]/);

  stuck.release();
  await consumer.stop();
});
