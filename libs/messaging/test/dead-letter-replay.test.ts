import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
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

const cli = fileURLToPath(new URL('../src/cli/replay-dead-letters.ts', import.meta.url));
/** The documented command, as an operator runs it. */
async function replayCommand(): Promise<string> {
  const args = ['--topic', 'booking.events.v1', '--prefix', fixture.prefix, '--brokers', fixture.brokers.join(',')];
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@calbridge/source', cli, ...args]);
  return stdout.trim();
}
const deadLettered = async (): Promise<number | undefined> => {
  const dlq = `${fixture.topic}.dlq`;
  expect(await fixture.bus.listTopics()).toContain(dlq);
  return (await fixture.bus.topicDepths([dlq]))[dlq];
};
const applied = async () => (await fixture.db.selectFrom('applied').select('id').execute()).map(({ id }) => id);

test('when a dead-lettered event is replayed after its handler is fixed, then it is processed once and a second replay replays nothing', async () => {
  const room = randomUUID();
  const poison = roomEvent(room, 1);
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  await fixture.producer.send([
    { topic: fixture.topic, key: room, value: JSON.stringify(poison), headers: { traceparent } },
  ]);
  let fixed = false;
  const consumer = await startInboxConsumer({
    ...fixture.consumerOptions,
    groupId: 'replayed',
    maxAttempts: 2,
    retryBaseMs: 20,
    handlers: {
      RoomUpserted: async (trx, event) => {
        if (!fixed) throw new Error('cannot apply this room yet');
        await trx.insertInto('applied').values({ id: event.id }).execute();
      },
    },
  });
  const reader = await readTopic(fixture.brokers, fixture.topic);
  try {
    await eventually(async () => expect(await deadLettered()).toBe(1));
    fixed = true;

    expect(await replayCommand()).toMatch(/^replayed 1 message\(s\) from .*booking\.events\.v1\.dlq into/);
    await eventually(async () => expect(await applied()).toEqual([poison.id]));
    expect(await replayCommand()).toMatch(/^replayed 0 message\(s\)/);
    // A replay copies, it does not take the letter out: the topic still holds it until retention removes it.
    expect(await deadLettered()).toBe(1);

    const copies = reader.messages.filter(({ value }) => value.includes(poison.id));
    expect(copies).toHaveLength(2);
    expect(copies[1]?.key).toBe(room);
    expect(copies[1]?.value).toBe(copies[0]?.value);
    expect(copies[1]?.headers.traceparent).toBe(traceparent);
    expect(Object.keys(copies[1]?.headers ?? {}).filter((name) => name.startsWith('dlq-'))).toEqual([]);
    await eventually(async () => expect(await fixture.bus.lag(`${fixture.prefix}replayed`, [fixture.topic])).toBe(0));
    expect(await applied()).toEqual([poison.id]);
  } finally {
    await Promise.all([consumer.stop(), reader.stop()]);
  }
});
