import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { createRoom, fieldsOf, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { usePartnerRoom } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let api: ApiClient;
let roomId: string;
const partnerId = randomUUID();
usePartnerRoom(partnerId, (started) => ({ fixture, api, roomId } = started));

const bookingCount = async () => (await api.get(`/v1/bookings?roomId=${roomId}&limit=100`)).body.items.length;

test('when a create is retried with the same key and body, then the first response is replayed and one booking exists', async () => {
  const key = { 'idempotency-key': randomUUID() };
  const body = { roomId, ...nextHour(), name: 'Retry me', price: { amount: 100, currency: 'EUR' } };
  const before = await bookingCount();

  const first = await api.post('/v1/bookings', body, key);
  const reordered = Object.fromEntries(Object.entries(body).reverse());
  const retries = await Promise.all([api.post('/v1/bookings', body, key), api.post('/v1/bookings', reordered, key)]);

  expect(first.status).toBe(201);
  for (const retry of retries) {
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  }
  expect(await bookingCount()).toBe(before + 1);
});

test('when the same key comes with a different body, then 422 idempotency_key_reused', async () => {
  const key = { 'idempotency-key': randomUUID() };
  const hour = nextHour();
  await api.post('/v1/bookings', { roomId, ...hour, name: 'Original' }, key);

  const different = await api.post('/v1/bookings', { roomId, ...hour, name: 'Changed' }, key);

  expect(different.status).toBe(422);
  expect(different.body.code).toBe('idempotency_key_reused');
  expect(fieldsOf(different.body)).toEqual(['headers.idempotency-key']);
});

test('when parallel creates share a key, then one booking is made and every caller gets it', async () => {
  const key = { 'idempotency-key': `parallel-${randomUUID()}` };
  const body = { roomId, ...nextHour(), name: 'Parallel' };
  const responses = await Promise.all(Array.from({ length: 10 }, () => api.post('/v1/bookings', body, key)));

  expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
  expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
});

test('when a refused create is retried with its key, then it runs again (refusals are not stored)', async () => {
  const key = { 'idempotency-key': randomUUID() };
  const hour = nextHour();
  const { body: blocker } = await api.post('/v1/bookings', { roomId, ...hour, name: 'Blocker' });
  const refused = await api.post('/v1/bookings', { roomId, ...hour, name: 'Later' }, key);
  await api.post(`/v1/bookings/${blocker.id}/cancel`);

  const retried = await api.post('/v1/bookings', { roomId, ...hour, name: 'Later' }, key);

  expect(refused.status).toBe(409);
  expect(retried.status).toBe(201);
});

test('when a cancel is retried with its key, then the first response is replayed; on another booking it is 422', async () => {
  const { body: booking } = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Cancel me' });
  const key = { 'idempotency-key': randomUUID() };

  const first = await api.post(`/v1/bookings/${booking.id}/cancel`, undefined, key);
  const retry = await api.post(`/v1/bookings/${booking.id}/cancel`, undefined, key);
  const otherBooking = await api.post(`/v1/bookings/${randomUUID()}/cancel`, undefined, key);

  expect(first.body).toMatchObject({ status: 'cancelled', version: 2 });
  expect(retry.body).toEqual(first.body);
  expect(retry.headers.get('idempotent-replayed')).toBe('true');
  expect(otherBooking.status).toBe(422);
});

test('when keys are per partner, then another partner may use the same key for its own request', async () => {
  const key = { 'idempotency-key': 'shared-key' };
  const other = fixture.as(randomUUID());
  const otherRoom = await createRoom(other);
  const mine = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Mine' }, key);
  const theirs = await other.post('/v1/bookings', { roomId: otherRoom, ...nextHour(), name: 'Theirs' }, key);

  expect([mine.status, theirs.status]).toEqual([201, 201]);
  expect(theirs.body.id).not.toBe(mine.body.id);
});

test('when a key is older than 24 hours, then it may be used afresh for another request', async () => {
  const key = { 'idempotency-key': randomUUID() };
  const first = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Long ago' }, key);
  await fixture.db
    .updateTable('idempotency_keys')
    .set({ created_at: new Date(Date.now() - 25 * 3_600_000) })
    .where('key', '=', key['idempotency-key'])
    .execute();

  const reused = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Today' }, key);

  expect(reused.status).toBe(201);
  expect(reused.body.id).not.toBe(first.body.id);
});

test('when the service starts, then keys past their 24 hours are deleted and fresh ones kept', async () => {
  const [expired, fresh] = [randomUUID(), randomUUID()];
  await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Expired key' }, { 'idempotency-key': expired });
  await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Fresh key' }, { 'idempotency-key': fresh });
  await fixture.db
    .updateTable('idempotency_keys')
    .set({ created_at: new Date(Date.now() - 25 * 3_600_000) })
    .where('key', '=', expired)
    .execute();
  const stored = () =>
    fixture.db.selectFrom('idempotency_keys').select('key').where('key', 'in', [expired, fresh]).execute();

  await fixture.stop();
  await fixture.start();

  await eventually(async () => expect(await stored()).toEqual([{ key: fresh }]));
});

test('when a room create is retried with its key, then one room exists and the first response is replayed', async () => {
  const key = { 'idempotency-key': randomUUID() };
  const first = await api.post('/v1/rooms', { name: 'Once', timezone: 'UTC' }, key);
  const retry = await api.post('/v1/rooms', { name: 'Once', timezone: 'UTC' }, key);

  expect(first.status).toBe(201);
  expect(retry.body).toEqual(first.body);
  expect(retry.headers.get('idempotent-replayed')).toBe('true');
});

test('when the key is malformed, then 400 names the header', async () => {
  const response = await api.post(
    '/v1/bookings',
    { roomId, ...nextHour(), name: 'x' },
    { 'idempotency-key': 'x'.repeat(300) },
  );
  expect(response.status).toBe(400);
  expect(fieldsOf(response.body)).toEqual(['headers.idempotency-key']);
});
