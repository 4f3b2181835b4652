import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { fieldsOf, fullBooking, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { usePartnerRoom } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let api: ApiClient;
let roomId: string;
const partnerId = randomUUID();
usePartnerRoom(partnerId, (started) => ({ fixture, api, roomId } = started));

describe('creating bookings', () => {
  test('when a valid booking is posted, then 201 with the full snapshot at version 1, and GET returns it', async () => {
    const input = { ...fullBooking(roomId), start: '2027-03-01T18:00:00+01:00', end: '2027-03-01T19:30:00+01:00' };
    const created = await api.post('/v1/bookings', input);

    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      ...input,
      id: expect.any(String),
      partnerId,
      start: '2027-03-01T17:00:00.000Z',
      end: '2027-03-01T18:30:00.000Z',
      version: 1,
    });
    expect((await api.get(`/v1/bookings/${created.body.id}`)).body).toEqual(created.body);
  });

  test('when only the required fields are sent, then the booking is confirmed, unpaid, without a customer', async () => {
    const created = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Walk-in' });
    expect(created.body).toMatchObject({ status: 'confirmed', paidOnline: false, customer: {} });
    expect(created.body.price).toBeUndefined();
  });

  test('when it overlaps an active booking of the room, then 409 slot_taken; touching end to start is fine', async () => {
    const hour = nextHour();
    await api.post('/v1/bookings', { roomId, ...hour, name: 'First' });
    const halfway = new Date(Date.parse(hour.start) + 1_800_000).toISOString();

    const overlapping = await api.post('/v1/bookings', { roomId, start: halfway, end: hour.end, name: 'Second' });
    const adjacent = await api.post('/v1/bookings', { roomId, start: hour.end, end: nextHour().start, name: 'Next' });

    expect(overlapping.status).toBe(409);
    expect(overlapping.body).toMatchObject({ code: 'slot_taken', status: 409 });
    expect(adjacent.status).toBe(201);
  });

  test('when the room does not exist, then 422 room_not_found naming body.roomId', async () => {
    const response = await api.post('/v1/bookings', { ...fullBooking(roomId), roomId: randomUUID() });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'room_not_found', errors: [{ field: 'body.roomId' }] });
  });

  test('when end is not after start or the booking is longer than 31 days, then 422 naming body.end', async () => {
    const { start } = nextHour();
    const atStart = await api.post('/v1/bookings', { roomId, start, end: start, name: 'x' });
    const tooLong = await api.post('/v1/bookings', {
      roomId,
      start,
      end: new Date(Date.parse(start) + 32 * 86_400_000).toISOString(),
      name: 'x',
    });

    for (const response of [atStart, tooLong]) {
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'invalid_interval', errors: [{ field: 'body.end' }] });
    }
  });

  test('when fields are invalid, then 400 names each of them, never a 500', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ start: '2027-01-01T10:00:00' }, ['body.start']],
      [{ end: '2027-02-30T10:00:00Z' }, ['body.end']],
      [{ start: 'tomorrow', end: 12 }, ['body.end', 'body.start']],
      [{ name: '' }, ['body.name']],
      [{ name: 'x'.repeat(201) }, ['body.name']],
      [{ notes: 'x'.repeat(2_001) }, ['body.notes']],
      [{ price: { amount: 10.5, currency: 'PLN' } }, ['body.price.amount']],
      [{ price: { amount: -1, currency: 'XYZ' } }, ['body.price.amount', 'body.price.currency']],
      [{ price: { amount: 100, currency: 'pln' } }, ['body.price.currency']],
      [{ customer: { email: 'nope', phone: 'call me' } }, ['body.customer.email', 'body.customer.phone']],
      [{ participants: 0, language: 'not a language!' }, ['body.language', 'body.participants']],
      [{ status: 'cancelled' }, ['body.status']],
      [{ roomId: 'room-1', colour: 'red' }, ['body.colour', 'body.roomId']],
    ];
    for (const [override, fields] of cases) {
      const response = await api.post('/v1/bookings', { ...fullBooking(roomId), ...override });
      expect({ override, status: response.status, fields: fieldsOf(response.body) }).toEqual({
        override,
        status: 400,
        fields,
      });
    }
  });
});

test('when garbage of any shape reaches the booking routes, then the answer is a 4xx problem, never a 500', async () => {
  const { body: booking } = await api.post('/v1/bookings', fullBooking(roomId));
  const garbage = [
    null,
    [],
    'text',
    42,
    { roomId: null, start: null },
    { ...fullBooking(roomId), start: '2027-01-01T10:00:00+25:00' },
    { ...fullBooking(roomId), start: '9999-12-31T23:59:59Z', end: '+275760-09-13T00:00:00Z' },
    { ...fullBooking(roomId), price: { amount: 1e300, currency: 'EUR' } },
    { ...fullBooking(roomId), customer: { email: `${'a'.repeat(300)}@example.com` } },
    { ...fullBooking(roomId), name: '\u0000bell\u0007' },
    { ...fullBooking(roomId), participants: 2 ** 40 },
  ];
  for (const body of garbage) {
    const created = await api.post('/v1/bookings', body);
    const changed = await api.patch(`/v1/bookings/${booking.id}`, body);
    for (const response of [created, changed]) {
      expect({ body, status: response.status >= 400 && response.status < 500 }).toEqual({ body, status: true });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  }
});

test('when the OpenAPI document is read, then it describes the booking and room routes', async () => {
  const text = await (await fetch(`${fixture.url}/openapi.json`)).text();
  const document = JSON.parse(text) as { paths: object };
  // \p{…} escapes cannot be compiled by common OpenAPI tooling outside JavaScript.
  expect(text).not.toMatch(/\\[pP]\{/);
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      '/v1/rooms',
      '/v1/rooms/{id}',
      '/v1/bookings',
      '/v1/bookings/{id}',
      '/v1/bookings/{id}/cancel',
    ]),
  );
});
