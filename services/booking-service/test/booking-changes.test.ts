import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { createRoom, fieldsOf, fullBooking, nextHour } from './support/booking-requests.ts';
import { usePartnerRoom } from './support/booking-service.suites.ts';

let api: ApiClient;
let roomId: string;
const partnerId = randomUUID();
usePartnerRoom(partnerId, (started) => ({ api, roomId } = started));

describe('changing bookings', () => {
  test('when a booking is rescheduled, then 200 with the new times and a newer version', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking(roomId));
    const moved = await api.patch(`/v1/bookings/${booking.id}`, nextHour());

    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: booking.id, version: 2, name: booking.name });
    expect(moved.body.start).not.toBe(booking.start);
  });

  test('when a pending booking is confirmed and marked paid, then both change at once', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking(roomId));
    const paid = await api.patch(`/v1/bookings/${booking.id}`, { status: 'confirmed', paidOnline: true });
    expect(paid.body).toMatchObject({ status: 'confirmed', paidOnline: true, version: 2 });
  });

  test('when details change or are cleared with null, then the snapshot shows exactly that', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking(roomId));
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
    const { body: booking } = await api.post('/v1/bookings', fullBooking(roomId));
    const same = await api.patch(`/v1/bookings/${booking.id}`, { name: booking.name, start: booking.start });
    expect(same.body).toEqual(booking);
  });

  test('when rescheduled onto another booking, then 409 slot_taken and the booking keeps its time', async () => {
    const { body: first } = await api.post('/v1/bookings', fullBooking(roomId));
    const { body: second } = await api.post('/v1/bookings', fullBooking(roomId));
    const clash = await api.patch(`/v1/bookings/${second.id}`, { start: first.start, end: first.end });

    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('slot_taken');
    expect((await api.get(`/v1/bookings/${second.id}`)).body).toEqual(second);
  });

  test('when a change is invalid, then 400/422 naming the field', async () => {
    const { body: booking } = await api.post('/v1/bookings', fullBooking(roomId));
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
    expect((await api.get(`/v1/bookings/${id}`)).body).toMatchObject({ status: 404, code: 'booking_not_found' });
  });
});

describe('cancelling bookings', () => {
  test('when a booking is cancelled, then 200 cancelled, its time is free again, and it cannot be changed', async () => {
    const input = fullBooking(roomId);
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
