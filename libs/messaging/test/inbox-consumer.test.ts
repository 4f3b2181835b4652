import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { type EventHandler, type EventHandlers, startInboxConsumer } from '../src/index.ts';
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

const recordApplied: EventHandler<'RoomUpserted'> = async (trx, event) => {
  await trx.insertInto('applied').values({ id: event.id }).execute();
};
const countApplied: EventHandlers = { RoomUpserted: recordApplied };

function consume(groupId: string, handlers: EventHandlers, extra: { maxAttempts?: number } = {}) {
  return startInboxConsumer({
    ...fixture.consumerOptions,
    groupId,
    handlers,
    retryBaseMs: 20,
    ...extra,
  });
}

const publish = (key: string, value: string, headers: Record<string, string> = {}) =>
  fixture.producer.send([{ topic: fixture.topic, key, value, headers }]);

async function appliedIds(): Promise<string[]> {
  const rows = await fixture.db.selectFrom('applied').select('id').execute();
  return rows.map(({ id }) => id as string);
}

describe('inbox consumer', () => {
  test('when the same event is delivered twice, then its effect happens once', async () => {
    const event = roomEvent(randomUUID(), 1);
    await publish(event.subject, JSON.stringify(event));
    await publish(event.subject, JSON.stringify(event));
    const consumer = await consume('dedupe', countApplied);
    await eventually(async () => expect(await fixture.bus.lag(`${fixture.prefix}dedupe`, [fixture.topic])).toBe(0));
    await consumer.stop();

    expect((await appliedIds()).filter((id) => id === event.id)).toEqual([event.id]);
  });

  test('when the handler throws, then the effect is absent and the offset stays uncommitted until it succeeds', async () => {
    await sql`truncate applied`.execute(fixture.db);
    const event = roomEvent(randomUUID(), 1);
    await publish(event.subject, JSON.stringify(event));
    let attempts = 0;
    const failing = await consume(
      'retry',
      {
        RoomUpserted: async (trx, received) => {
          await trx.insertInto('applied').values({ id: received.id }).execute();
          attempts++;
          throw new Error('downstream unavailable');
        },
      },
      { maxAttempts: 1_000 },
    );
    await eventually(() => expect(attempts).toBeGreaterThanOrEqual(3));
    await failing.stop();

    expect(await appliedIds()).toEqual([]);
    expect(await fixture.bus.lag(`${fixture.prefix}retry`, [fixture.topic])).toBeGreaterThan(0);

    const healthy = await consume('retry', countApplied);
    await eventually(async () => expect(await appliedIds()).toContain(event.id));
    await healthy.stop();
    expect((await appliedIds()).filter((id) => id === event.id)).toEqual([event.id]);
  });

  test('when poison messages arrive, then they land in the DLQ with a reason and later messages are processed', async () => {
    const dlq = await readTopic(fixture.brokers, `${fixture.topic}.dlq`);
    const broken = roomEvent(randomUUID(), 1) as unknown as { data: { room: Record<string, unknown> } };
    delete broken.data.room.timezone;
    const good = roomEvent(randomUUID(), 1);
    await publish('k', '{not json', { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    await publish('k', JSON.stringify(broken));
    await publish('k', JSON.stringify(good));
    const keepsFailing = roomEvent(randomUUID(), 1);
    await publish('k', JSON.stringify(keepsFailing));
    const after = roomEvent(randomUUID(), 1);
    await publish('k', JSON.stringify(after));

    const consumer = await consume(
      'poison',
      {
        RoomUpserted: async (trx, event) => {
          if (event.id === keepsFailing.id) throw new Error('cannot apply this room');
          await recordApplied(trx, event, undefined as never);
        },
      },
      { maxAttempts: 3 },
    );
    await eventually(async () => expect(await appliedIds()).toEqual(expect.arrayContaining([good.id, after.id])));
    await eventually(() => expect(dlq.messages).toHaveLength(3));
    await Promise.all([consumer.stop(), dlq.stop()]);

    const reasons = dlq.messages.map(({ headers }) => headers['dlq-reason']);
    expect(reasons[0]).toMatch(/malformed JSON/);
    expect(reasons[1]).toMatch(/data\.room\.timezone/);
    expect(reasons[2]).toMatch(/handler failed 3 times: cannot apply this room/);
    expect(dlq.messages[0]?.value).toBe('{not json');
    expect(dlq.messages[0]?.headers.traceparent).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(dlq.messages[0]?.headers['dlq-source-topic']).toBe(fixture.topic);
    expect(await appliedIds()).not.toContain(keepsFailing.id);
  });
});
