import { randomUUID } from 'node:crypto';
import type { CalbridgeEvent } from '@calbridge/contracts';
import { eventually, publishEvents } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { blockApplied } from './support/block-events.ts';
import { createRoom, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { useBlockConsumer } from './support/booking-service.suites.ts';

// Spec §4: `ABC…` and `abc…` are the same id for every rule (block, idempotency); ids are answered in lower case.
let fixture: BookingServiceFixture;
let api: ApiClient;
const partnerId = randomUUID();

useBlockConsumer(partnerId, (started) => {
  ({ fixture, api } = started);
});

const publish = (...events: CalbridgeEvent[]) => publishEvents(fixture.availabilityTopic, events);
const blockRow = (id: string) => fixture.db.selectFrom('blocks').selectAll().where('id', '=', id).executeTakeFirst();

test('when the room id is written in upper case, then a booking inside an active block is still 409 slot_blocked', async () => {
  const roomId = await createRoom(api);
  const hour = nextHour();
  const blockId = randomUUID();
  await publish(blockApplied(partnerId, roomId, blockId, 1, hour));
  await eventually(async () => expect(await blockRow(blockId)).toMatchObject({ active: true }));

  const upper = await api.post('/v1/bookings', { roomId: roomId.toUpperCase(), ...hour, name: 'Shouting' });

  expect(upper.status).toBe(409);
  expect(upper.body).toMatchObject({ code: 'slot_blocked', blockId });
});

test('when a block arrives with upper-case ids, then it blocks the room as written in lower case', async () => {
  const roomId = await createRoom(api);
  const hour = nextHour();
  const blockId = randomUUID();
  await publish(blockApplied(partnerId, roomId.toUpperCase(), blockId.toUpperCase(), 1, hour));
  await eventually(async () => expect(await blockRow(blockId)).toMatchObject({ active: true, room_id: roomId }));

  const lower = await api.post('/v1/bookings', { roomId, ...hour, name: 'Quiet' });

  expect(lower.status).toBe(409);
  expect(lower.body).toMatchObject({ code: 'slot_blocked', blockId });
});

test('when a retry writes the ids in another letter case, then it is the same request and is replayed', async () => {
  const roomId = await createRoom(api);
  const key = { 'idempotency-key': randomUUID() };
  const hour = nextHour();
  const first = await api.post('/v1/bookings', { roomId: roomId.toUpperCase(), ...hour, name: 'Case' }, key);
  const retry = await api.post('/v1/bookings', { roomId, ...hour, name: 'Case' }, key);
  const cancel = { 'idempotency-key': randomUUID() };
  const cancelled = await api.post(`/v1/bookings/${first.body.id}/cancel`, undefined, cancel);
  const cancelledAgain = await api.post(`/v1/bookings/${first.body.id.toUpperCase()}/cancel`, undefined, cancel);

  expect(first.status).toBe(201);
  expect(first.body.roomId).toBe(roomId);
  expect(retry.status).toBe(201);
  expect(retry.headers.get('idempotent-replayed')).toBe('true');
  expect(retry.body).toEqual(first.body);
  expect(cancelled.status).toBe(200);
  expect(cancelledAgain.headers.get('idempotent-replayed')).toBe('true');
});
