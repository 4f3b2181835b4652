import { randomUUID } from 'node:crypto';
import type { CalbridgeEvent } from '@calbridge/contracts';
import { eventually } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import { blockIdOf } from '../src/blocks/block-id.ts';
import { dailySchedule, partnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { booking, eventChanged, nextUpdated, partnerId, roomUpserted, timedEvent } from './support/events.ts';

let service: AvailabilityService;
useAvailabilityService((started) => ({ service } = started));

async function newRoom(): Promise<string> {
  const roomId = randomUUID();
  await service.deliver(roomUpserted(roomId, 'Europe/Warsaw'));
  return roomId;
}

const ofType = (roomId: string, type: CalbridgeEvent['type']) =>
  service.publishedFor(roomId).filter((event) => event.type === type);

describe('conflicts between bookings and blocks', () => {
  test('when a block covers the start of an existing booking, then BlockApplied lists it and ConflictDetected is published once', async () => {
    const roomId = await newRoom();
    const bookingId = randomUUID();
    const before = { id: randomUUID(), roomId, start: '2026-09-07T07:00:00Z', end: '2026-09-07T09:00:00Z', version: 1 };
    await service.deliver(
      booking('BookingCreated', {
        id: bookingId,
        roomId,
        start: '2026-09-07T10:00:00Z',
        end: '2026-09-07T11:00:00Z',
        version: 1,
      }),
      // Overlaps the block but starts before it: the range rule does not count it.
      booking('BookingCreated', before),
    );
    const event = timedEvent('c1', '2026-09-07T08:30:00Z', '2026-09-07T12:00:00Z');

    await service.deliver(eventChanged('conflict-cal', [roomId], event));
    await service.deliver(
      eventChanged('conflict-cal', [roomId], { ...event, end: '2026-09-07T12:30:00Z', updated: nextUpdated() }),
    );
    await eventually(() => expect(ofType(roomId, 'BlockApplied')).toHaveLength(2));

    const blockId = blockIdOf(roomId, 'conflict-cal', 'c1');
    expect(
      ofType(roomId, 'BlockApplied').map((applied) => (applied.data as { conflicts: string[] }).conflicts),
    ).toEqual([[bookingId], [bookingId]]);
    expect(ofType(roomId, 'ConflictDetected').map((conflict) => conflict.data)).toEqual([
      { partnerId, roomId, bookingId, blockId, eventId: 'c1' },
    ]);
  });

  test('when a booking arrives inside an active block, then ConflictDetected is published once however often it changes', async () => {
    const roomId = await newRoom();
    await service.deliver(
      eventChanged('late-booking-cal', [roomId], timedEvent('c2', '2026-09-08T08:00:00Z', '2026-09-08T12:00:00Z')),
    );
    const bookingId = randomUUID();
    const snapshot = { id: bookingId, roomId, start: '2026-09-08T09:00:00Z', end: '2026-09-08T10:00:00Z' };

    await service.deliver(booking('BookingCreated', { ...snapshot, version: 1, status: 'pending_payment' }));
    await service.deliver(booking('BookingUpdated', { ...snapshot, version: 2, status: 'confirmed' }));
    await service.deliver(booking('BookingUpdated', { ...snapshot, version: 2, status: 'confirmed' }));
    await eventually(() => expect(ofType(roomId, 'ConflictDetected')).toHaveLength(1));
    const api = partnerApi(service);
    await api.putSchedule(roomId, dailySchedule('10:00', '13:00', 60, 60));
    const day = (await api.availability(roomId, '2026-09-08', '2026-09-09')).json();

    expect(ofType(roomId, 'ConflictDetected')[0]?.data).toMatchObject({ bookingId, eventId: 'c2' });
    expect(day.slots[1]).toMatchObject({
      status: 'booked',
      bookingId,
      blockId: blockIdOf(roomId, 'late-booking-cal', 'c2'),
    });
    expect(day.busy.map((busy: { kind: string }) => busy.kind)).toEqual(['block', 'booking']);
  });

  test('when bookings are cancelled or arrive out of order, then only the newest version counts and cancelled ones never conflict', async () => {
    const roomId = await newRoom();
    const bookingId = randomUUID();
    const snapshot = { id: bookingId, roomId, start: '2026-09-09T09:00:00Z', end: '2026-09-09T10:00:00Z' };
    await service.deliver(booking('BookingCancelled', { ...snapshot, version: 3 }));
    await service.deliver(booking('BookingCreated', { ...snapshot, version: 1 }));

    await service.deliver(
      eventChanged('cancelled-cal', [roomId], timedEvent('c3', '2026-09-09T08:00:00Z', '2026-09-09T12:00:00Z')),
    );
    await eventually(() => expect(ofType(roomId, 'BlockApplied')).toHaveLength(1));
    const day = (await partnerApi(service).availability(roomId, '2026-09-09', '2026-09-10')).json();

    expect(ofType(roomId, 'BlockApplied')[0]?.data).toMatchObject({ conflicts: [] });
    expect(ofType(roomId, 'ConflictDetected')).toEqual([]);
    expect(day.busy.map((busy: { kind: string }) => busy.kind)).toEqual(['block']);
  });
});
