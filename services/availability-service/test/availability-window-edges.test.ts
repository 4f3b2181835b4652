import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { availabilityOf, dailySchedule, type PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { booking, eventChanged, timedEvent } from './support/events.ts';
import { newRoom } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

/** A room open 10:00–14:00 UTC every day in hourly slots. */
async function hourlyRoom(): Promise<string> {
  const roomId = await newRoom(service, 'UTC');
  await api.putSchedule(roomId, dailySchedule('10:00', '14:00', 60, 60));
  return roomId;
}

const bookingOn = (roomId: string, start: string, end: string) =>
  booking('BookingCreated', { id: randomUUID(), roomId, start, end, version: 1 });

const slotsOf = async (roomId: string, from: string, to: string) =>
  (await availabilityOf(api, roomId, from, to)).slots?.map(({ start, status }) => [start, status]);

describe('availability at the edges of the window', () => {
  test('when the window ends inside a slot, then a booking overlapping only the slot’s tail, past the window, books it', async () => {
    const roomId = await hourlyRoom();
    const across = bookingOn(roomId, '2026-09-07T10:30:00Z', '2026-09-07T11:30:00Z');
    const beyond = bookingOn(roomId, '2026-09-08T11:30:00Z', '2026-09-08T12:30:00Z');
    await service.deliver(across, beyond);

    const firstDay = await availabilityOf(api, roomId, '2026-09-07T10:00:00Z', '2026-09-07T11:15:00Z');
    const secondDay = await availabilityOf(api, roomId, '2026-09-08T10:00:00Z', '2026-09-08T11:15:00Z');

    expect(firstDay.slots).toEqual([
      expect.objectContaining({ start: '2026-09-07T10:00:00.000Z', status: 'booked', bookingId: across.subject }),
      expect.objectContaining({ start: '2026-09-07T11:00:00.000Z', status: 'booked', bookingId: across.subject }),
    ]);
    expect(secondDay.slots).toEqual([
      expect.objectContaining({ start: '2026-09-08T10:00:00.000Z', status: 'free' }),
      expect.objectContaining({ start: '2026-09-08T11:00:00.000Z', status: 'booked', bookingId: beyond.subject }),
    ]);
    // `busy` still lists what is taken inside the window only.
    expect(firstDay.busy.map((row) => row.id)).toEqual([across.subject]);
    expect(secondDay.busy).toEqual([]);
  });

  test('when the window cuts into bookings and blocks at either end, then every slot in it sees what overlaps it', async () => {
    const roomId = await hourlyRoom();
    await service.deliver(
      bookingOn(roomId, '2026-09-07T10:30:00Z', '2026-09-07T11:30:00Z'),
      bookingOn(roomId, '2026-09-07T13:30:00Z', '2026-09-07T14:30:00Z'),
      eventChanged('edge-cal', [roomId], timedEvent('e1', '2026-09-08T10:30:00Z', '2026-09-08T11:30:00Z')),
      eventChanged('edge-cal', [roomId], timedEvent('e2', '2026-09-08T12:30:00Z', '2026-09-08T13:30:00Z')),
    );

    const bookings = await slotsOf(roomId, '2026-09-07T10:45:00Z', '2026-09-07T13:15:00Z');
    const blocks = await slotsOf(roomId, '2026-09-08T10:45:00Z', '2026-09-08T13:15:00Z');

    expect(bookings).toEqual([
      ['2026-09-07T11:00:00.000Z', 'booked'],
      ['2026-09-07T12:00:00.000Z', 'free'],
      ['2026-09-07T13:00:00.000Z', 'booked'],
    ]);
    // A block takes the slots whose start it holds (spec §5): 12:30–13:30 takes 13:00, not 12:00.
    expect(blocks).toEqual([
      ['2026-09-08T11:00:00.000Z', 'blocked'],
      ['2026-09-08T12:00:00.000Z', 'free'],
      ['2026-09-08T13:00:00.000Z', 'blocked'],
    ]);
  });
});
