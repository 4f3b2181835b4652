import { eventually } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import { dailySchedule, type PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { allDayEvent, eventChanged, roomUpserted, timedEvent } from './support/events.ts';
import { newRoom } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const startsOf = (body: { slots: { start: string }[] }) => body.slots.map((slot) => slot.start);

describe('availability and slots', () => {
  test('when a day-long hourly schedule crosses a daylight-saving change, then no hour is missing or doubled', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    await api.putSchedule(roomId, dailySchedule('00:00', '24:00', 60, 60));

    const spring = (await api.availability(roomId, '2026-03-29', '2026-03-30')).json();
    const autumn = (await api.availability(roomId, '2026-10-25', '2026-10-26')).json();

    const hourly = (first: string, count: number) =>
      Array.from({ length: count }, (_, hour) => new Date(Date.parse(first) + hour * 3_600_000).toISOString());
    expect(startsOf(spring)).toEqual(hourly('2026-03-28T23:00:00.000Z', 23));
    expect(startsOf(autumn)).toEqual(hourly('2026-10-24T22:00:00.000Z', 25));
  });

  test('when slots open at 10:00 local on both sides of a daylight-saving change, then they keep the local time', async () => {
    const roomId = await newRoom(service, 'UTC');
    const put = await api.putSchedule(roomId, dailySchedule('10:00', '12:00', 60, 60, 'America/New_York'));

    const week = (await api.availability(roomId, '2026-10-31', '2026-11-03')).json();

    expect(put.json()).toMatchObject({ timezone: 'America/New_York', timezoneSource: 'schedule' });
    expect(week.timezone).toBe('America/New_York');
    expect(startsOf(week)).toEqual([
      '2026-10-31T14:00:00.000Z',
      '2026-10-31T15:00:00.000Z',
      '2026-11-01T15:00:00.000Z',
      '2026-11-01T16:00:00.000Z',
      '2026-11-02T15:00:00.000Z',
      '2026-11-02T16:00:00.000Z',
    ]);
  });

  test('when the schedule changes the time zone, then all-day blocks move to the new local days', async () => {
    const roomId = await newRoom(service, 'UTC');
    await service.deliver(
      eventChanged('tz-cal', [roomId], allDayEvent('d1', '2026-09-08', '2026-09-09', { colorId: '11' })),
    );

    await api.putSchedule(roomId, dailySchedule('10:00', '12:00', 60, 60, 'Pacific/Auckland'));
    await eventually(() => expect(service.publishedFor(roomId)).toHaveLength(2));

    expect(
      service.publishedFor(roomId).map((event) => (event.data as { block: { start: string } }).block.start),
    ).toEqual(['2026-09-08T00:00:00.000Z', '2026-09-07T12:00:00.000Z']);
  });

  test('when a room has no schedule, then availability lists busy intervals only', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    await service.deliver(
      eventChanged('busy-cal', [roomId], timedEvent('b1', '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z')),
    );

    const body = (await api.availability(roomId, '2026-09-07T00:00:00Z', '2026-09-08T00:00:00+02:00')).json();

    expect(body).toEqual({
      timezone: 'Europe/Warsaw',
      busy: [
        { start: '2026-09-07T10:00:00.000Z', end: '2026-09-07T11:00:00.000Z', kind: 'block', id: expect.any(String) },
      ],
    });
  });

  test('when the room’s time zone changes twice in one batch, then all-day blocks end on the last zone’s days', async () => {
    const roomId = await newRoom(service, 'UTC');
    await service.deliver(
      eventChanged('tz2-cal', [roomId], allDayEvent('d2', '2026-09-08', '2026-09-09', { colorId: '11' })),
    );

    await service.deliver(
      roomUpserted(roomId, 'Pacific/Auckland', { version: 2 }),
      roomUpserted(roomId, 'America/Los_Angeles', { version: 3 }),
    );
    await eventually(() => expect(service.publishedFor(roomId)).toHaveLength(3));

    expect(
      service.publishedFor(roomId).map((event) => (event.data as { block: { start: string } }).block.start),
    ).toEqual(['2026-09-08T00:00:00.000Z', '2026-09-07T12:00:00.000Z', '2026-09-08T07:00:00.000Z']);
  });
});
