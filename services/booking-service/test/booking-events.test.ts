import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { BookingSnapshot } from '@calbridge/contracts';
import type { ReadEvent } from '@calbridge/testkit';
import { eventually, startServiceProcess } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { apiClient } from './support/api-client.ts';
import { createRoom, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { type TopicReader, useBookingTopic } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let reader: TopicReader;
const partnerId = randomUUID();
const cwd = fileURLToPath(new URL('..', import.meta.url));

useBookingTopic((started) => ({ fixture, reader } = started));

const bookingOf = ({ event }: ReadEvent) => (event.data as { booking: BookingSnapshot }).booking;
const eventsOfRoom = (roomId: string) =>
  reader.events.filter((read) => read.event.type !== 'RoomUpserted' && bookingOf(read).roomId === roomId);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

test('when 50 overlapping bookings race for one room, then exactly one wins, 49 get 409, and one event is published', async () => {
  const api = fixture.as(partnerId);
  const roomId = await createRoom(api);
  const { start } = nextHour();
  const requests = Array.from({ length: 50 }, (_, index) => {
    const begins = new Date(Date.parse(start) + index * 60_000).toISOString();
    const ends = new Date(Date.parse(begins) + 3_600_000).toISOString();
    return api.post('/v1/bookings', { roomId, start: begins, end: ends, name: `Racer ${index}` });
  });

  const responses = await Promise.all(requests);

  const statuses = responses.map((response) => response.status);
  expect(statuses.filter((status) => status === 201)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(49);
  expect(responses.filter((response) => response.status === 409).every((r) => r.body.code === 'slot_taken')).toBe(true);
  const listed = await api.get(`/v1/bookings?roomId=${roomId}`);
  expect(listed.body.items).toHaveLength(1);
  await eventually(() => expect(eventsOfRoom(roomId)).toHaveLength(1));
  await settle();
  expect(eventsOfRoom(roomId).map(({ event }) => event.type)).toEqual(['BookingCreated']);
});

test('when 10 bookings are rescheduled onto one slot at once, then exactly one moves and 9 get 409', async () => {
  const api = fixture.as(partnerId);
  const roomId = await createRoom(api);
  const bookings = [];
  for (let index = 0; index < 10; index++) {
    bookings.push((await api.post('/v1/bookings', { roomId, ...nextHour(), name: `Mover ${index}` })).body);
  }
  const target = nextHour();

  const responses = await Promise.all(bookings.map((booking) => api.patch(`/v1/bookings/${booking.id}`, target)));

  // Status and code of each answer, so a failure shows what the nine got instead.
  const answers = responses.map((response) => `${response.status} ${response.body.code ?? ''}`.trim()).sort();
  expect(answers).toEqual(['200', ...Array(9).fill('409 slot_taken')]);
  const inTarget = await api.get(`/v1/bookings?roomId=${roomId}&from=${target.start}&to=${target.end}`);
  expect(inTarget.body.items).toHaveLength(1);
});

test('when bookings change, then each change arrives once, keyed by room, in version order, with the changed fields', async () => {
  const api = fixture.as(partnerId);
  const rooms = [await createRoom(api), await createRoom(api)];
  for (const roomId of rooms) {
    const { body: booking } = await api.post('/v1/bookings', {
      roomId,
      ...nextHour(),
      name: 'Tour',
      status: 'pending_payment',
    });
    await api.patch(`/v1/bookings/${booking.id}`, nextHour());
    await api.patch(`/v1/bookings/${booking.id}`, { status: 'confirmed', paidOnline: true });
    await api.post(`/v1/bookings/${booking.id}/cancel`);
  }

  for (const roomId of rooms) {
    const events = await eventually(() => {
      const found = eventsOfRoom(roomId);
      expect(found).toHaveLength(4);
      return found;
    });
    expect(events.map(({ event }) => event.type)).toEqual([
      'BookingCreated',
      'BookingUpdated',
      'BookingUpdated',
      'BookingCancelled',
    ]);
    expect(events.map((read) => bookingOf(read).version)).toEqual([1, 2, 3, 4]);
    expect(events.map(({ event }) => (event.data as { changed?: string[] }).changed)).toEqual([
      undefined,
      ['start', 'end'],
      ['status', 'paidOnline'],
      undefined,
    ]);
    expect(new Set(events.map(({ key }) => key))).toEqual(new Set([roomId]));
    expect(new Set(events.map(({ partition }) => partition)).size).toBe(1);
  }
  expect(reader.invalid).toEqual([]);
});

test('when the service is killed after commit and before publish, then a restart publishes every change once, in order', async () => {
  await fixture.stop();
  const shards = await holdOutboxShards();
  let roomId = '';
  let committed = 0;
  try {
    // The killed process gets a topic prefix (so a consumer group) of its own: the member the SIGKILL orphans would
    // otherwise hold up the restarted service's group for a session timeout. It never publishes (the shards are
    // held), which the unchanged outbox shows.
    const prefix = `${fixture.config.KAFKA_TOPIC_PREFIX}killed.`;
    const child = await startServiceProcess(cwd, { ...fixture.env, KAFKA_TOPIC_PREFIX: prefix });
    const api = apiClient(child.url, fixture.tokenFor(partnerId));
    roomId = await createRoom(api, 'Crash');
    const { body: booking } = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Crash' });
    await api.patch(`/v1/bookings/${booking.id}`, { name: 'Crash test' });
    await api.post(`/v1/bookings/${booking.id}/cancel`);
    committed = (await outboxRows()).length;
    child.child.kill('SIGKILL');
    await new Promise((resolve) => child.child.once('exit', resolve));
  } finally {
    await shards.release();
  }
  expect(committed).toBe(4);
  expect((await outboxRows()).length).toBe(committed);
  expect(eventsOfRoom(roomId)).toEqual([]);

  await fixture.start();
  const events = await eventually(() => {
    const found = eventsOfRoom(roomId);
    expect(found).toHaveLength(3);
    return found;
  });
  await settle();
  expect(eventsOfRoom(roomId)).toHaveLength(3);
  expect(events.map((read) => [read.event.type, bookingOf(read).version])).toEqual([
    ['BookingCreated', 1],
    ['BookingUpdated', 2],
    ['BookingCancelled', 3],
  ]);
  expect(await outboxRows()).toEqual([]);
});

const outboxRows = () => fixture.db.selectFrom('messaging_outbox').select('id').execute();

/** Locks every outbox shard in a transaction of its own, so no relay can claim (and publish) a row until released. */
async function holdOutboxShards() {
  let release = (): void => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = (): void => {};
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const holder = fixture.db.transaction().execute(async (trx) => {
    await sql`select shard from messaging_outbox_shard for update`.execute(trx);
    held();
    await released;
  });
  await holding;
  return {
    release: async () => {
      release();
      await holder;
    },
  };
}
