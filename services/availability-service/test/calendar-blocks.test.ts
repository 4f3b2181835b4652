import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { blockIdOf } from '../src/blocks/block-id.ts';
import { availabilityOf, dailySchedule, type PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { allDayEvent, eventChanged, roomUpserted, timedEvent } from './support/events.ts';
import { newRoom, summary, waitForPublished } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const eventsOf = (roomId: string) => service.publishedFor(roomId).map(({ type, data }) => ({ type, data }) as never);

const availability = (roomId: string, from: string, to: string) => availabilityOf(api, roomId, from, to);

describe('calendar events become blocks', () => {
  test('when an event runs 10:30–13:00 over 60-minute slots every 90 minutes from 10:00, then only the 11:30 slot is blocked (Lock.me range rule)', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    await api.putSchedule(roomId, dailySchedule('10:00', '22:00', 60, 90));
    const calendarId = `lockme-${roomId}@group.calendar.google.com`;

    await service.deliver(
      eventChanged(calendarId, [roomId], timedEvent('evt1', '2026-09-07T10:30:00+02:00', '2026-09-07T13:00:00+02:00')),
    );
    await waitForPublished(service, roomId, 1);
    const day = await availability(roomId, '2026-09-07', '2026-09-08');

    const blockId = blockIdOf(roomId, calendarId, 'evt1');
    expect(day.slots?.slice(0, 3)).toEqual([
      { start: '2026-09-07T08:00:00.000Z', end: '2026-09-07T09:00:00.000Z', status: 'free' },
      { start: '2026-09-07T09:30:00.000Z', end: '2026-09-07T10:30:00.000Z', status: 'blocked', blockId },
      { start: '2026-09-07T11:00:00.000Z', end: '2026-09-07T12:00:00.000Z', status: 'free' },
    ]);
    expect(day.slots?.filter((slot) => slot.status === 'blocked')).toHaveLength(1);
    expect(day.busy).toEqual([
      { start: '2026-09-07T08:30:00.000Z', end: '2026-09-07T11:00:00.000Z', kind: 'block', id: blockId },
    ]);
    expect(eventsOf(roomId)).toEqual([
      {
        type: 'BlockApplied',
        data: {
          block: {
            id: blockId,
            partnerId: expect.any(String),
            roomId,
            start: '2026-09-07T08:30:00.000Z',
            end: '2026-09-07T11:00:00.000Z',
            allDay: false,
            source: { integrationId: expect.any(String), calendarId, eventId: 'evt1' },
            version: 1,
          },
          conflicts: [],
        },
      },
    ]);
  });

  test('when a red all-day event covers 8–9 September, then both days are blocked; a blue free one blocks nothing, a blue busy one does (Bookingbility, red_or_busy)', async () => {
    const [red, blueFree, blueBusy] = [
      await newRoom(service, 'Europe/Rome'),
      await newRoom(service, 'Europe/Rome'),
      await newRoom(service, 'Europe/Rome'),
    ];
    for (const roomId of [red, blueFree, blueBusy])
      await api.putSchedule(roomId, dailySchedule('14:00', '22:00', 480, 480));

    await service.deliver(
      eventChanged('bb-red', [red], allDayEvent('red1', '2020-09-08', '2020-09-10', { colorId: '11' })),
      eventChanged('bb-blue', [blueFree], allDayEvent('blue1', '2020-09-08', '2020-09-10', { colorId: '9' })),
      eventChanged(
        'bb-busy',
        [blueBusy],
        allDayEvent('blue2', '2020-09-08', '2020-09-10', { colorId: '9', transparency: 'opaque' }),
      ),
    );
    await waitForPublished(service, red, 1);
    await waitForPublished(service, blueBusy, 1);

    const statuses = async (roomId: string) =>
      (await availability(roomId, '2020-09-07', '2020-09-11')).slots?.map((slot) => [slot.start, slot.status]);
    expect(await statuses(red)).toEqual([
      ['2020-09-07T12:00:00.000Z', 'free'],
      ['2020-09-08T12:00:00.000Z', 'blocked'],
      ['2020-09-09T12:00:00.000Z', 'blocked'],
      ['2020-09-10T12:00:00.000Z', 'free'],
    ]);
    expect((await availability(red, '2020-09-07', '2020-09-11')).busy).toMatchObject([
      { start: '2020-09-07T22:00:00.000Z', end: '2020-09-09T22:00:00.000Z', kind: 'block' },
    ]);
    expect((await statuses(blueFree))?.every(([, status]) => status === 'free')).toBe(true);
    expect(service.publishedFor(blueFree)).toEqual([]);
    expect(await statuses(blueBusy)).toEqual(await statuses(red));
  });

  test('when one all-day event reaches a room in Pacific/Auckland and one in America/Los_Angeles, then each blocks its own local day', async () => {
    const auckland = await newRoom(service, 'Pacific/Auckland');
    const losAngeles = await newRoom(service, 'America/Los_Angeles');

    await service.deliver(
      eventChanged(
        'shared-cal',
        [auckland, losAngeles],
        allDayEvent('holiday', '2026-03-10', '2026-03-11', { colorId: '11' }),
      ),
    );
    await waitForPublished(service, auckland, 1);
    await waitForPublished(service, losAngeles, 1);

    const blockOf = (roomId: string) => (service.publishedFor(roomId)[0]?.data as { block: object } | undefined)?.block;
    // NZDT is UTC+13 in March; Los Angeles is already on PDT (UTC-7) after 8 March 2026.
    expect(blockOf(auckland)).toMatchObject({
      start: '2026-03-09T11:00:00.000Z',
      end: '2026-03-10T11:00:00.000Z',
      allDay: true,
    });
    expect(blockOf(losAngeles)).toMatchObject({
      start: '2026-03-10T07:00:00.000Z',
      end: '2026-03-11T07:00:00.000Z',
      allDay: true,
    });
    expect(blockIdOf(auckland, 'shared-cal', 'holiday')).not.toBe(blockIdOf(losAngeles, 'shared-cal', 'holiday'));
  });

  test('when an all-day event arrives before its room is known, then the block moves to the room’s local day once RoomUpserted tells its time zone', async () => {
    const roomId = randomUUID();
    await service.deliver(
      eventChanged(
        'early-cal',
        [roomId],
        allDayEvent('e1', '2026-09-08', '2026-09-09', { colorId: '11', timeZone: 'UTC' }),
      ),
    );
    await service.deliver(roomUpserted(roomId, 'America/Los_Angeles'));
    await waitForPublished(service, roomId, 2);

    expect(summary(service, roomId)).toEqual([
      ['BlockApplied', 1, '2026-09-08T00:00:00.000Z'],
      ['BlockApplied', 2, '2026-09-08T07:00:00.000Z'],
    ]);
  });
});
