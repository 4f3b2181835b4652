import { randomUUID } from 'node:crypto';
import type { BookingSnapshot } from '@calbridge/contracts';
import type { ReadEvent } from '@calbridge/testkit';
import { eventually } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import { createRoom, fullBooking, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { type TopicReader, useBookingTopic } from './support/booking-service.suites.ts';

// A booking and its BookingCreated are written by one statement, without a transaction around it; these pin what
// that statement must keep: the event is the stored snapshot, and a refused booking enqueues nothing.
let fixture: BookingServiceFixture;
let reader: TopicReader;
const partnerId = randomUUID();

useBookingTopic((started) => ({ fixture, reader } = started));

const bookingOf = ({ event }: ReadEvent) => (event.data as { booking: BookingSnapshot }).booking;
const createdIn = (roomId: string) =>
  reader.events.filter((read) => read.event.type === 'BookingCreated' && bookingOf(read).roomId === roomId);
const namesCreatedIn = (roomId: string) => createdIn(roomId).map((read) => bookingOf(read).name);

test('when a booking is created, then its BookingCreated carries the snapshot that the response and GET show', async () => {
  const api = fixture.as(partnerId);
  const roomId = await createRoom(api);
  const input = {
    ...fullBooking(roomId),
    start: '2027-05-01T18:00:00.1234567+02:00',
    end: '2027-05-01T19:30:00+02:00',
    customer: { email: 'ann@example.com', phone: null },
  };

  const created = await api.post('/v1/bookings', input);

  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ start: '2027-05-01T16:00:00.123Z', customer: { email: 'ann@example.com' } });
  expect(created.body.customer).not.toHaveProperty('phone');
  const [read] = await eventually(() => {
    const found = createdIn(roomId);
    expect(found).toHaveLength(1);
    return found;
  });
  expect(read && bookingOf(read)).toEqual(created.body);
  expect(read?.event).toMatchObject({ subject: created.body.id, partnerid: partnerId });
  expect((await api.get(`/v1/bookings/${created.body.id}`)).body).toEqual(created.body);
});

test('when a booking is refused (another partner’s room, a taken slot, a blocked start), then no event is enqueued for it', async () => {
  const api = fixture.as(partnerId);
  const other = fixture.as(randomUUID());
  const roomId = await createRoom(api);
  const othersRoom = await createRoom(other);
  const hour = nextHour();
  const blocked = nextHour();
  await fixture.db
    .insertInto('blocks')
    .values({
      id: randomUUID(),
      partner_id: partnerId,
      room_id: roomId,
      start_at: new Date(blocked.start),
      end_at: new Date(blocked.end),
      active: true,
      version: 1,
    })
    .execute();
  await api.post('/v1/bookings', { roomId, ...hour, name: 'First' });

  const refused = [
    await api.post('/v1/bookings', { roomId: othersRoom, ...nextHour(), name: 'Not mine' }),
    await api.post('/v1/bookings', { roomId, ...hour, name: 'Taken' }),
    await api.post('/v1/bookings', { roomId, ...blocked, name: 'Blocked' }),
  ];
  await other.post('/v1/bookings', { roomId: othersRoom, ...nextHour(), name: 'Theirs' });
  await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Last' });

  expect(refused.map((response) => response.body.code)).toEqual(['room_not_found', 'slot_taken', 'slot_blocked']);
  // A room's events share a key, so once its last booking's event is read, an earlier one would have been too.
  await eventually(() => expect(namesCreatedIn(roomId)).toContain('Last'));
  await eventually(() => expect(namesCreatedIn(othersRoom)).toContain('Theirs'));
  expect(namesCreatedIn(roomId)).toEqual(['First', 'Last']);
  expect(namesCreatedIn(othersRoom)).toEqual(['Theirs']);
});
