import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import { availabilityOf, dailySchedule, type PartnerApi, partnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { deadLetterReasons } from './support/dead-letters.ts';
import { booking, roomUpserted } from './support/events.ts';
import { newRoom } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const other = randomUUID();

describe('booking events and the rooms’ owners', () => {
  test('when a RoomUpserted gives a known room another owner or is sent for another partner, then it is dead-lettered and the room stays its owner’s', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const takeover = roomUpserted(roomId, 'UTC', { version: 2, partner: other });
    const misaddressed = { ...roomUpserted(roomId, 'UTC', { version: 3 }), partnerid: other };

    await service.deliver(takeover, misaddressed);
    await eventually(() => expect(deadLetterReasons(service.bookingDlq, misaddressed)).toHaveLength(1));

    expect(deadLetterReasons(service.bookingDlq, takeover)).toEqual([`room ${roomId} belongs to another partner`]);
    expect(deadLetterReasons(service.bookingDlq, misaddressed)).toEqual([`room ${roomId} belongs to another partner`]);
    expect((await availabilityOf(api, roomId, '2026-09-07', '2026-09-08')).timezone).toBe('Europe/Warsaw');
    expect((await partnerApi(service, other).availability(roomId, '2026-09-07', '2026-09-08')).statusCode).toBe(404);
  });

  test('when a booking names another partner’s room or another partner than its event, then it is dead-lettered and the slot stays free', async () => {
    const roomId = await newRoom(service, 'UTC');
    await api.putSchedule(roomId, dailySchedule('10:00', '12:00', 60, 60));
    const slot = (day: string, hour: string) => ({
      id: randomUUID(),
      roomId,
      start: `2026-09-${day}T${hour}:00:00Z`,
      end: `2026-09-${day}T${hour}:59:00Z`,
      version: 1,
    });
    const intruder = booking('BookingCreated', slot('07', '10'), other);
    const misaddressed = { ...booking('BookingCreated', slot('07', '11')), partnerid: other };
    const own = booking('BookingCreated', slot('08', '10'));

    await service.deliver(intruder, misaddressed, own);
    await eventually(() => expect(deadLetterReasons(service.bookingDlq, misaddressed)).toHaveLength(1));

    const statuses = async (day: string) =>
      (await availabilityOf(api, roomId, `2026-09-${day}`, `2026-09-${day}T12:00:00Z`)).slots?.map((s) => s.status);
    expect(await statuses('07')).toEqual(['free', 'free']);
    expect(await statuses('08')).toEqual(['booked', 'free']);
    expect(deadLetterReasons(service.bookingDlq, intruder)).toEqual([`room ${roomId} belongs to another partner`]);
    expect(deadLetterReasons(service.bookingDlq, misaddressed)).toEqual([
      `booking ${misaddressed.subject} belongs to another partner`,
    ]);
  });
});
