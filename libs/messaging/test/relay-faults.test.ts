import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { enqueueEvent, enqueueEvents, startOutboxRelay } from '../src/index.ts';
import { messagingFixture } from './support/messaging-fixture.ts';
import { roomEvent } from './support/room-events.ts';
import { readTopic } from './support/topic-reader.ts';
import { watchedProducer } from './support/watched-producer.ts';

let fixture: Awaited<ReturnType<typeof messagingFixture>>;

beforeAll(async () => {
  fixture = await messagingFixture();
});
afterAll(async () => {
  await fixture.close();
});

const outboxRows = () =>
  fixture.db.selectFrom('messaging_outbox').select(['id', 'attempts', 'failed_at', 'last_error']).execute();
const waitingRows = () =>
  fixture.db.selectFrom('messaging_outbox').select(['id', 'attempts']).where('failed_at', 'is', null).execute();

describe('outbox relay under faults', () => {
  test('when the broker refuses a row, then other keys keep flowing, and the row is retried with backoff, then set aside', async () => {
    const relay = await startOutboxRelay({ ...fixture.relayOptions, retry: { maxAttempts: 3, baseDelayMs: 300 } });
    const reader = await readTopic(fixture.brokers, fixture.topic);
    const room = randomUUID();
    // Over the broker's 1 MB message.max.bytes: refused on every attempt.
    const tooLarge = roomEvent(room, 1, 1_200_000);
    const sameKeyAfter = roomEvent(room, 2);
    const others = Array.from({ length: 8 }, () => roomEvent(randomUUID(), 1));
    await fixture.db.transaction().execute((trx) => enqueueEvents(trx, [tooLarge, sameKeyAfter, ...others]));
    const published = () => reader.messages.map(({ value }) => JSON.parse(value).id);

    await eventually(() => expect(published()).toEqual(expect.arrayContaining(others.map(({ id }) => id))));
    const whileRetrying = await outboxRows();
    const setAside = await eventually(async () => {
      const rows = await outboxRows();
      expect(rows).toEqual([expect.objectContaining({ id: tooLarge.id, failed_at: expect.any(Date) })]);
      return rows[0];
    });
    await eventually(() => expect(published()).toContain(sameKeyAfter.id));
    await Promise.all([relay.stop(), reader.stop()]);

    expect(whileRetrying.map(({ id }) => id).sort()).toEqual([tooLarge.id, sameKeyAfter.id].sort());
    expect(setAside).toMatchObject({
      attempts: 3,
      last_error: expect.stringMatching(/larger than the max message size/),
    });
    expect(published()).not.toContain(tooLarge.id);
  });

  test('when a row names a topic that does not exist, then it is set aside and the other keys are published', async () => {
    const relay = await startOutboxRelay({ ...fixture.relayOptions, retry: { maxAttempts: 2, baseDelayMs: 100 } });
    const lost = roomEvent(randomUUID(), 1);
    const others = Array.from({ length: 4 }, () => roomEvent(randomUUID(), 1));
    await fixture.db.transaction().execute(async (trx) => {
      await enqueueEvents(trx, [lost, ...others]);
      await sql`update messaging_outbox set topic = 'no.such.topic.v1' where id = ${lost.id}`.execute(trx);
    });

    const setAside = await eventually(async () => {
      const rows = await outboxRows();
      expect(rows.filter(({ id }) => id !== lost.id && others.some((other) => other.id === id))).toEqual([]);
      const row = rows.find(({ id }) => id === lost.id);
      expect(row?.failed_at).toEqual(expect.any(Date));
      return row;
    }, 80_000);
    await relay.stop();

    expect(setAside).toMatchObject({ attempts: 2, last_error: expect.any(String) });
  }, 90_000);

  test('when commits keep notifying during a broker outage, then the relay still backs off instead of retrying at once', async () => {
    const outage = watchedProducer(fixture.producer);
    outage.watched.outage = true;
    const relay = await startOutboxRelay({
      ...fixture.relayOptions,
      producer: outage.producer,
      ping: async () => {
        if (outage.watched.outage) throw new Error('broker unreachable');
      },
    });
    const commits = 60;
    for (let index = 0; index < commits; index++) {
      await fixture.db.transaction().execute((trx) => enqueueEvent(trx, roomEvent(randomUUID(), 1)));
      // Commits spread over about 3 s, each one a NOTIFY to the relay.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const attemptsDuringOutage = outage.watched.sends.length;
    const blamedRows = (await waitingRows()).filter((row) => row.attempts > 0);
    outage.watched.outage = false;
    await eventually(async () => expect(await waitingRows()).toEqual([]));
    await relay.stop();

    expect(attemptsDuringOutage).toBeGreaterThan(0);
    expect(attemptsDuringOutage).toBeLessThanOrEqual(8);
    expect(blamedRows).toEqual([]);
    expect(outage.watched.published).toHaveLength(commits);
  });
});
