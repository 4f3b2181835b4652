import { describe, expect, test } from '@jest/globals';
import { availabilityOf, type PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { newRoom } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const hourly = (first: string, count: number) =>
  Array.from({ length: count }, (_, hour) => new Date(Date.parse(first) + hour * 3_600_000).toISOString());

describe('overlapping opening hours', () => {
  test('when a day’s opening hours overlap, then they count as one opening and each slot is listed once', async () => {
    const roomId = await newRoom(service, 'UTC');
    const put = await api.putSchedule(roomId, {
      weekly: {
        mon: [
          { from: '12:00', to: '18:00' },
          { from: '10:00', to: '14:00' },
          { from: '11:00', to: '12:00' },
        ],
      },
      slotMinutes: 60,
      everyMinutes: 60,
    });

    const monday = await availabilityOf(api, roomId, '2026-09-07', '2026-09-08');

    expect(put.statusCode).toBe(200);
    expect(monday.slots?.map((slot) => slot.start)).toEqual(hourly('2026-09-07T10:00:00.000Z', 8));
  });

  test('when a night’s hours run into the next day’s, then the slots are counted once across midnight', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    await api.putSchedule(roomId, {
      weekly: { sun: [{ from: '22:00', to: '02:00' }], mon: [{ from: '01:00', to: '03:00' }] },
      slotMinutes: 60,
      everyMinutes: 60,
    });

    const night = await availabilityOf(api, roomId, '2026-09-06', '2026-09-08');

    // Warsaw is UTC+2 in September: Sunday 22:00 to Monday 03:00 local.
    expect(night.slots?.map((slot) => slot.start)).toEqual(hourly('2026-09-06T20:00:00.000Z', 5));
  });
});
