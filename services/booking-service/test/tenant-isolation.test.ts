import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { createRoom, nextHour } from './support/booking-requests.ts';
import { type BookingServiceFixture, bookingServiceFixture } from './support/booking-service.fixture.ts';

let fixture: BookingServiceFixture;
let partnerA: ApiClient;
let partnerB: ApiClient;
let roomA: string;
let bookingA: { id: string; start: string; end: string };
const partnerAId = randomUUID();
const partnerBId = randomUUID();

beforeAll(async () => {
  fixture = await bookingServiceFixture();
  partnerA = fixture.as(partnerAId);
  partnerB = fixture.as(partnerBId);
  roomA = await createRoom(partnerA, 'A room');
  bookingA = (await partnerA.post('/v1/bookings', { roomId: roomA, ...nextHour(), name: 'A booking' })).body;
});
afterAll(async () => {
  await fixture.close();
});

test("when partner B reads A's room or booking, then 404 exactly as for an id that does not exist", async () => {
  const missingRoom = await partnerB.get(`/v1/rooms/${randomUUID()}`);
  const missingBooking = await partnerB.get(`/v1/bookings/${randomUUID()}`);

  const room = await partnerB.get(`/v1/rooms/${roomA}`);
  const booking = await partnerB.get(`/v1/bookings/${bookingA.id}`);

  expect(room.status).toBe(404);
  expect(booking.status).toBe(404);
  expect({ ...room.body, instance: undefined }).toEqual({ ...missingRoom.body, instance: undefined });
  expect({ ...booking.body, instance: undefined }).toEqual({ ...missingBooking.body, instance: undefined });
});

test("when partner B changes or cancels A's room or booking, then 404 and nothing changes", async () => {
  const renamed = await partnerB.patch(`/v1/rooms/${roomA}`, { name: 'Taken over' });
  const moved = await partnerB.patch(`/v1/bookings/${bookingA.id}`, nextHour());
  const cancelled = await partnerB.post(`/v1/bookings/${bookingA.id}/cancel`);

  expect([renamed.status, moved.status, cancelled.status]).toEqual([404, 404, 404]);
  expect((await partnerA.get(`/v1/rooms/${roomA}`)).body).toMatchObject({ name: 'A room', version: 1 });
  expect((await partnerA.get(`/v1/bookings/${bookingA.id}`)).body).toMatchObject({ status: 'confirmed', version: 1 });
});

test("when partner B books into A's room, then 422 room_not_found, the same as for a room that does not exist", async () => {
  const intoA = await partnerB.post('/v1/bookings', { roomId: roomA, ...nextHour(), name: 'Intruder' });
  const intoNothing = await partnerB.post('/v1/bookings', { roomId: randomUUID(), ...nextHour(), name: 'Intruder' });

  expect(intoA.status).toBe(422);
  expect(intoA.body).toEqual(intoNothing.body);
});

test("when partner B lists rooms or bookings, even filtering by A's room, then none of A's appear", async () => {
  const rooms = await partnerB.get('/v1/rooms');
  const bookings = await partnerB.get(`/v1/bookings?roomId=${roomA}`);
  const forged = await partnerB.get(`/v1/bookings?partnerId=${partnerAId}`);

  expect(rooms.body.items).toEqual([]);
  expect(bookings.body.items).toEqual([]);
  expect(forged.status).toBe(403);
});

test('when an admin acts, then it reads and changes any partner, and can narrow a list to one partner', async () => {
  const admin = fixture.as(randomUUID(), 'admin');
  const roomB = await createRoom(partnerB, 'B room');

  const read = await admin.get(`/v1/bookings/${bookingA.id}`);
  const onlyA = await admin.get(`/v1/rooms?partnerId=${partnerAId}`);
  const everyone = await admin.get('/v1/rooms');
  const booked = await admin.post('/v1/bookings', {
    roomId: roomB,
    ...nextHour(),
    name: 'For B',
    partnerId: partnerBId,
  });

  expect(read.status).toBe(200);
  expect(onlyA.body.items.map((room: { id: string }) => room.id)).toEqual([roomA]);
  expect(everyone.body.items.map((room: { id: string }) => room.id).sort()).toEqual([roomA, roomB].sort());
  expect(booked.body.partnerId).toBe(partnerBId);
});

test('when the token is missing, forged or for no partner, then 401 problem+json', async () => {
  const anonymous = await fetch(`${fixture.url}/v1/rooms`);
  const forged = await fetch(`${fixture.url}/v1/rooms`, { headers: { authorization: 'Bearer not.a.token' } });
  expect([anonymous.status, forged.status]).toEqual([401, 401]);
  expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
});

test('when ids and the token subject are written in upper case, then they are the same partner, room and booking', async () => {
  const upperA = fixture.as(partnerAId.toUpperCase());
  const read = await upperA.get(`/v1/bookings/${bookingA.id.toUpperCase()}`);
  const rooms = await partnerA.get(`/v1/rooms?partnerId=${partnerAId.toUpperCase()}`);
  const foreign = await partnerB.get(`/v1/bookings/${bookingA.id.toUpperCase()}`);

  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ id: bookingA.id, partnerId: partnerAId, roomId: roomA });
  expect(rooms.body.items.map((room: { id: string }) => room.id)).toEqual([roomA]);
  expect(foreign.status).toBe(404);
});

test('when an admin creates a room or booking without naming the owning partner, then 400 names body.partnerId', async () => {
  const admin = fixture.as(randomUUID(), 'admin');
  const room = await admin.post('/v1/rooms', { name: 'Nobody', timezone: 'UTC' });
  const booking = await admin.post('/v1/bookings', { roomId: roomA, ...nextHour(), name: 'Nobody' });
  const intoOther = await admin.post('/v1/bookings', {
    roomId: roomA,
    ...nextHour(),
    name: 'x',
    partnerId: partnerBId,
  });

  for (const response of [room, booking]) {
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body.partnerId' }] });
  }
  expect(intoOther.status).toBe(422);
  expect(intoOther.body.code).toBe('room_not_found');
});
