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

test('when a consumer stops making progress while messages wait, then liveness fails; an idle one stays live', async () => {
  let release = (): void => {};
  const stuck = new Promise<void>((resolve) => {
    release = resolve;
  });
  const options = { ...fixture.consumerOptions, stallAfterMs: 1_500 };
  const idle = await startInboxConsumer({ ...options, groupId: 'idle', handlers: {} });
  const hanging = await startInboxConsumer({ ...options, groupId: 'hanging', handlers: { RoomUpserted: () => stuck } });
  await eventually(() => Promise.all([idle.ready(), hanging.ready()]));
  const event = roomEvent(randomUUID(), 1);
  await fixture.producer.send([
    { topic: fixture.topic, key: event.subject, value: JSON.stringify(event), headers: {} },
  ]);

  await eventually(() => expect(hanging.live()).rejects.toThrow(/no progress for \d+ s with 1 messages waiting/));
  await eventually(async () => expect(await fixture.bus.lag(`${fixture.prefix}idle`, [fixture.topic])).toBe(0));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await expect(idle.live()).resolves.toBeUndefined();

  release();
  await Promise.all([idle.stop(), hanging.stop()]);
});
