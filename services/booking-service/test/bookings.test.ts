import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { createRoom, fieldsOf, nextHour } from './support/booking-requests.ts';
import { type BookingServiceFixture, bookingServiceFixture } from './support/booking-service.fixture.ts';

let fixture: BookingServiceFixture;
let api: ApiClient;
let roomId: string;
const partnerId = randomUUID();

beforeAll(async () => {
  fixture = await bookingServiceFixture();
  api = fixture.as(partnerId);
  roomId = await createRoom(api);
});
afterAll(async () => {
  await fixture.close();
});

const fullBooking = () => ({
  roomId,
  ...nextHour(),
  name: 'Escape night',
  customer: { email: 'ann@example.com', phone: '+48 600 100 200' },
  price: { amount: 25_000, currency: 'PLN' },
  participants: 4,
  language: 'pl',
  notes: 'Birthday',
  status: 'pending_payment',
  paidOnline: false,
  externalRef: 'order-17',
});

describe('creating bookings', () => {
  test('when a valid booking is posted, then 201 with the full snapshot at version 1, and GET returns it', async () => {
    const input = { ...fullBooking(), start: '2027-03-01T18:00:00+01:00', end: '2027-03-01T19:30:00+01:00' };
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
    const response = await api.post('/v1/bookings', { ...fullBooking(), roomId: randomUUID() });
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
      const response = await api.post('/v1/bookings', { ...fullBooking(), ...override });
      expect({ override, status: response.status, fields: fieldsOf(response.body) }).toEqual({
        override,
        status: 400,
        fields,
      });
    }
  });
});

test('when garbage of any shape reaches the booking routes, then the answer is a 4xx problem, never a 500', async () => {
  const { body: booking } = await api.post('/v1/bookings', fullBooking());
  const garbage = [
    null,
    [],
    'text',
    42,
    { roomId: null, start: null },
    { ...fullBooking(), start: '2027-01-01T10:00:00+25:00' },
    { ...fullBooking(), start: '9999-12-31T23:59:59Z', end: '+275760-09-13T00:00:00Z' },
    { ...fullBooking(), price: { amount: 1e300, currency: 'EUR' } },
    { ...fullBooking(), customer: { email: `${'a'.repeat(300)}@example.com` } },
    { ...fullBooking(), name: '\u0000bell\u0007' },
    { ...fullBooking(), participants: 2 ** 40 },
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

describe('changing bookings', () => {
  test('when a booking is rescheduled, then 200 with the new times and a newer version', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking());
    const moved = await api.patch(`/v1/bookings/${booking.id}`, nextHour());

    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: booking.id, version: 2, name: booking.name });
    expect(moved.body.start).not.toBe(booking.start);
  });

  test('when a pending booking is confirmed and marked paid, then both change at once', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking());
    const paid = await api.patch(`/v1/bookings/${booking.id}`, { status: 'confirmed', paidOnline: true });
    expect(paid.body).toMatchObject({ status: 'confirmed', paidOnline: true, version: 2 });
  });

  test('when details change or are cleared with null, then the snapshot shows exactly that', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking());
    const changed = await api.patch(`/v1/bookings/${booking.id}`, {
      name: 'Renamed',
      customer: { phone: null },
      price: null,
      notes: null,
    });

    expect(changed.body).toMatchObject({ name: 'Renamed', customer: { email: 'ann@example.com' }, version: 2 });
    expect(changed.body.customer.phone).toBeUndefined();
    expect(changed.body.price).toBeUndefined();
    expect(changed.body.notes).toBeUndefined();
  });

  test('when a change changes nothing, then the booking is answered as it is, at the same version', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking());
    const same = await api.patch(`/v1/bookings/${booking.id}`, { name: booking.name, start: booking.start });
    expect(same.body).toEqual(booking);
  });

  test('when rescheduled onto another booking, then 409 slot_taken and the booking keeps its time', async () => {
    const { body: first } = await api.post('/v1/bookings', fullBooking());
    const { body: second } = await api.post('/v1/bookings', fullBooking());
    const clash = await api.patch(`/v1/bookings/${second.id}`, { start: first.start, end: first.end });

    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('slot_taken');
    expect((await api.get(`/v1/bookings/${second.id}`)).body).toEqual(second);
  });

  test('when a change is invalid, then 400/422 naming the field', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking());
    const backwards = await api.patch(`/v1/bookings/${booking.id}`, { end: booking.start });
    const roomMove = await api.patch(`/v1/bookings/${booking.id}`, { roomId: randomUUID() });
    const unpaying = await api.patch(`/v1/bookings/${booking.id}`, { status: 'confirmed' });
    const backToPending = await api.patch(`/v1/bookings/${booking.id}`, { status: 'pending_payment' });

    expect(backwards.status).toBe(422);
    expect(fieldsOf(backwards.body)).toEqual(['body.end']);
    expect(roomMove.status).toBe(400);
    expect(fieldsOf(roomMove.body)).toEqual(['body.roomId']);
    expect(unpaying.status).toBe(200);
    expect(backToPending.status).toBe(422);
    expect(backToPending.body.code).toBe('invalid_status_transition');
  });

  test('when a booking does not exist, then PATCH, cancel and GET answer 404', async () => {
    const id = randomUUID();
    expect((await api.patch(`/v1/bookings/${id}`, { name: 'x' })).status).toBe(404);
    expect((await api.post(`/v1/bookings/${id}/cancel`)).status).toBe(404);
    expect((await api.get(`/v1/bookings/${id}`)).body).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('cancelling bookings', () => {
  test('when a booking is cancelled, then 200 cancelled, its time is free again, and it cannot be changed', async () => {
    const input = fullBooking();
    const { body: booking } = await api.post('/v1/bookings', input);

    const cancelled = await api.post(`/v1/bookings/${booking.id}/cancel`);
    const again = await api.post(`/v1/bookings/${booking.id}/cancel`);
    const rebooked = await api.post('/v1/bookings', input);
    const changed = await api.patch(`/v1/bookings/${booking.id}`, { name: 'x' });

    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 2 });
    expect(again.body).toEqual(cancelled.body);
    expect(rebooked.status).toBe(201);
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('booking_cancelled');
  });
});

describe('listing bookings', () => {
  test('when listed by room, window and status with a small page, then every match appears once, in start order', async () => {
    const listRoom = await createRoom(api, 'Listed');
    const ids: string[] = [];
    for (let index = 0; index < 7; index++) {
      ids.push((await api.post('/v1/bookings', { roomId: listRoom, ...nextHour(), name: `B${index}` })).body.id);
    }
    await api.post(`/v1/bookings/${ids[6]}/cancel`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const page = await api.get(`/v1/bookings?roomId=${listRoom}&status=confirmed,pending_payment&limit=3${after}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((booking: { id: string }) => booking.id));
      cursor = page.body.nextCursor;
    } while (cursor);

    expect(seen).toEqual(ids.slice(0, 6));
    const { body: second } = await api.get(`/v1/bookings/${ids[1]}`);
    const windowed = await api.get(
      `/v1/bookings?roomId=${listRoom}&from=${encodeURIComponent(second.start)}&to=${encodeURIComponent(second.end)}`,
    );
    expect(windowed.body.items.map((booking: { id: string }) => booking.id)).toEqual([ids[1]]);
    const cancelled = await api.get(`/v1/bookings?roomId=${listRoom}&status=cancelled`);
    expect(cancelled.body.items.map((booking: { id: string }) => booking.id)).toEqual([ids[6]]);
  });

  test('when the query is invalid, then 400 names each parameter', async () => {
    const response = await api.get('/v1/bookings?status=done&limit=500&from=yesterday&roomId=1&sort=asc');
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual([
      'query.from',
      'query.limit',
      'query.roomId',
      'query.sort',
      'query.status',
    ]);
    expect(fieldsOf((await api.get('/v1/bookings?cursor=abc')).body)).toEqual(['query.cursor']);
  });
});

test('when the OpenAPI document is read, then it describes the booking and room routes', async () => {
  const document = (await (await fetch(`${fixture.url}/openapi.json`)).json()) as { paths: object };
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
