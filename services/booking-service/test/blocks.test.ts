import { randomUUID } from 'node:crypto';
import type { CalbridgeEvent } from '@calbridge/contracts';
import { eventually, publishEvents } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { blockApplied, blockReleased } from './support/block-events.ts';
import { createRoom, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { useBlockConsumer } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let api: ApiClient;
const partnerId = randomUUID();

useBlockConsumer(partnerId, (started) => {
  ({ fixture, api } = started);
});

const applied = (roomId: string, id: string, version: number, interval: { start: string; end: string }) =>
  blockApplied(partnerId, roomId, id, version, interval);
const released = (roomId: string, id: string, version: number) => blockReleased(partnerId, roomId, id, version);

const publish = (...events: CalbridgeEvent[]) => publishEvents(fixture.availabilityTopic, events);
const blockRow = (id: string) => fixture.db.selectFrom('blocks').selectAll().where('id', '=', id).executeTakeFirst();
const at = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString();

test('when a booking starts inside an active block, then 409 slot_blocked; one starting at its end is fine', async () => {
  const roomId = await createRoom(api);
  const hour = nextHour();
  const blockId = randomUUID();
  await publish(applied(roomId, blockId, 1, hour));
  await eventually(async () => expect(await blockRow(blockId)).toMatchObject({ active: true }));

  const inside = await api.post('/v1/bookings', {
    roomId,
    start: at(hour.start, 30),
    end: at(hour.end, 60),
    name: 'x',
  });
  const before = await api.post('/v1/bookings', {
    roomId,
    start: at(hour.start, -60),
    end: at(hour.start, 30),
    name: 'y',
  });
  const after = await api.post('/v1/bookings', { roomId, start: hour.end, end: at(hour.end, 30), name: 'z' });

  expect(inside.status).toBe(409);
  expect(inside.body).toMatchObject({ code: 'slot_blocked', blockId });
  // Only the start counts (spec §5): a booking that begins before the block is not refused here.
  expect(before.status).toBe(201);
  expect(after.status).toBe(201);
});

test('when a booking is rescheduled to start inside a block, then 409 slot_blocked', async () => {
  const roomId = await createRoom(api);
  const hour = nextHour();
  const blockId = randomUUID();
  await publish(applied(roomId, blockId, 1, hour));
  await eventually(async () => expect(await blockRow(blockId)).toMatchObject({ active: true }));
  const { body: booking } = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Mover' });

  const moved = await api.patch(`/v1/bookings/${booking.id}`, hour);

  expect(moved.status).toBe(409);
  expect(moved.body).toMatchObject({ code: 'slot_blocked', blockId });
});

test('when a block is released, then the time can be booked again', async () => {
  const roomId = await createRoom(api);
  const hour = nextHour();
  const blockId = randomUUID();
  await publish(applied(roomId, blockId, 1, hour), released(roomId, blockId, 2));
  await eventually(async () => expect(await blockRow(blockId)).toMatchObject({ active: false, version: 2 }));

  const booked = await api.post('/v1/bookings', { roomId, ...hour, name: 'Free again' });
  expect(booked.status).toBe(201);
});

test('when block events arrive out of order and repeated, then the projection holds the newest version', async () => {
  const roomId = await createRoom(api);
  const first = nextHour();
  const moved = nextHour();
  const blockId = randomUUID();
  const releasedFirst = randomUUID();
  const v1 = applied(roomId, blockId, 1, first);
  const v2 = applied(roomId, blockId, 2, moved);

  await publish(v2, v1, v2, v1, released(roomId, releasedFirst, 3), applied(roomId, releasedFirst, 2, first));

  await eventually(async () => {
    expect(await blockRow(blockId)).toMatchObject({ version: 2, active: true, start_at: new Date(moved.start) });
    expect(await blockRow(releasedFirst)).toMatchObject({ version: 3, active: false });
  });
  const inFirst = await api.post('/v1/bookings', { roomId, ...first, name: 'Old time is free' });
  const inMoved = await api.post('/v1/bookings', { roomId, ...moved, name: 'New time is blocked' });
  expect([inFirst.status, inMoved.status]).toEqual([201, 409]);
});

test('when the service starts, then consumed event ids past INBOX_RETENTION_DAYS are forgotten and recent ones kept', async () => {
  const [old, recent] = [randomUUID(), randomUUID()];
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  await fixture.db
    .insertInto('messaging_inbox')
    .values([
      { consumer: 'booking-service', event_id: old, processed_at: daysAgo(31) },
      { consumer: 'booking-service', event_id: recent, processed_at: daysAgo(29) },
    ])
    .execute();
  const remembered = () =>
    fixture.db.selectFrom('messaging_inbox').select('event_id').where('event_id', 'in', [old, recent]).execute();

  await fixture.stop();
  await fixture.start();

  await eventually(async () => expect(await remembered()).toEqual([{ event_id: recent }]));
});
