import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { blockIdOf } from '../src/blocks/block-id.ts';
import { type AvailabilityBody, dailySchedule, partnerApi } from './support/api.ts';
import { type AvailabilityService, startAvailabilityService } from './support/availability-fixture.ts';
import { allDayEvent, cancelled, eventChanged, nextUpdated, roomUpserted, timedEvent } from './support/events.ts';
import { eventually } from './support/eventually.ts';

let service: AvailabilityService;
let api: ReturnType<typeof partnerApi>;

beforeAll(async () => {
  service = await startAvailabilityService();
  api = partnerApi(service);
});
afterAll(async () => {
  await service?.close();
});

async function newRoom(timezone: string): Promise<string> {
  const roomId = randomUUID();
  await service.deliver(roomUpserted(roomId, timezone));
  return roomId;
}

const eventsOf = (roomId: string) => service.publishedFor(roomId).map(({ type, data }) => ({ type, data }) as never);
const summary = (roomId: string) =>
  service.publishedFor(roomId).map((event) => {
    const data = event.data as { block?: { version: number; start?: string; end?: string }; reason?: string };
    return [event.type, data.block?.version, data.block?.start ?? data.reason ?? ''];
  });
const waitForPublished = (roomId: string, count: number) =>
  eventually(() => expect(service.publishedFor(roomId).length).toBe(count));

async function availability(roomId: string, from: string, to: string): Promise<AvailabilityBody> {
  const response = await api.availability(roomId, from, to);
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('calendar events become blocks', () => {
  test('when an event runs 10:30–13:00 over 60-minute slots every 90 minutes from 10:00, then only the 11:30 slot is blocked (Lock.me range rule)', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    await api.putSchedule(roomId, dailySchedule('10:00', '22:00', 60, 90));
    const calendarId = `lockme-${roomId}@group.calendar.google.com`;

    await service.deliver(
      eventChanged(calendarId, [roomId], timedEvent('evt1', '2026-09-07T10:30:00+02:00', '2026-09-07T13:00:00+02:00')),
    );
    await waitForPublished(roomId, 1);
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
      await newRoom('Europe/Rome'),
      await newRoom('Europe/Rome'),
      await newRoom('Europe/Rome'),
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
    await waitForPublished(red, 1);
    await waitForPublished(blueBusy, 1);

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
    const auckland = await newRoom('Pacific/Auckland');
    const losAngeles = await newRoom('America/Los_Angeles');

    await service.deliver(
      eventChanged(
        'shared-cal',
        [auckland, losAngeles],
        allDayEvent('holiday', '2026-03-10', '2026-03-11', { colorId: '11' }),
      ),
    );
    await waitForPublished(auckland, 1);
    await waitForPublished(losAngeles, 1);

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

  test('when an event is moved, shortened, deleted and re-added, then its one block follows it with growing versions', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const calendarId = `moves-${roomId}`;
    const change = (event: Parameters<typeof eventChanged>[2]) =>
      service.deliver(eventChanged(calendarId, [roomId], event));

    await change(timedEvent('m1', '2026-05-04T10:00:00Z', '2026-05-04T12:00:00Z'));
    await change(timedEvent('m1', '2026-05-05T10:00:00Z', '2026-05-05T12:00:00Z'));
    await change(timedEvent('m1', '2026-05-05T10:00:00Z', '2026-05-05T10:30:00Z'));
    await change(cancelled('m1'));
    await change(timedEvent('m1', '2026-05-06T10:00:00Z', '2026-05-06T11:00:00Z'));
    await waitForPublished(roomId, 5);

    expect(summary(roomId)).toEqual([
      ['BlockApplied', 1, '2026-05-04T10:00:00.000Z'],
      ['BlockApplied', 2, '2026-05-05T10:00:00.000Z'],
      ['BlockApplied', 3, '2026-05-05T10:00:00.000Z'],
      ['BlockReleased', 4, 'event_deleted'],
      ['BlockApplied', 5, '2026-05-06T10:00:00.000Z'],
    ]);
    const ids = new Set(
      service.publishedFor(roomId).map((event) => (event.data as { block: { id: string } }).block.id),
    );
    expect(ids).toEqual(new Set([blockIdOf(roomId, calendarId, 'm1')]));
    expect((await availability(roomId, '2026-05-04', '2026-05-07')).busy).toMatchObject([
      { start: '2026-05-06T10:00:00.000Z', end: '2026-05-06T11:00:00.000Z', kind: 'block' },
    ]);
  });

  test('when the same EventChanged arrives twice, or its snapshot again in a new envelope, then the block is applied once', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const snapshot = timedEvent('dup', '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z');
    const first = eventChanged('dup-cal', [roomId], snapshot);

    await service.publish(first, first);
    const again = eventChanged('dup-cal', [roomId], snapshot);
    await service.deliver(again);
    // A later change on the same calendar is a barrier: once it is applied, the repeats were handled before it.
    await service.deliver(
      eventChanged('dup-cal', [roomId], timedEvent('other', '2026-06-02T10:00:00Z', '2026-06-02T11:00:00Z')),
    );
    await waitForPublished(roomId, 2);

    expect(summary(roomId)).toEqual([
      ['BlockApplied', 1, '2026-06-01T10:00:00.000Z'],
      ['BlockApplied', 1, '2026-06-02T10:00:00.000Z'],
    ]);
  });

  test('when an older version of an event arrives after a newer one, then the newer one stands', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const older = timedEvent('late', '2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z');
    const newer = timedEvent('late', '2026-06-10T15:00:00Z', '2026-06-10T16:00:00Z');

    await service.deliver(eventChanged('late-cal', [roomId], newer));
    await service.deliver(eventChanged('late-cal', [roomId], older));
    await service.deliver(
      eventChanged('late-cal', [roomId], timedEvent('barrier', '2026-06-11T08:00:00Z', '2026-06-11T09:00:00Z')),
    );
    await waitForPublished(roomId, 2);

    expect(summary(roomId)).toEqual([
      ['BlockApplied', 1, '2026-06-10T15:00:00.000Z'],
      ['BlockApplied', 1, '2026-06-11T08:00:00.000Z'],
    ]);
    expect((await availability(roomId, '2026-06-10', '2026-06-11')).busy).toMatchObject([
      { start: '2026-06-10T15:00:00.000Z', kind: 'block' },
    ]);
  });

  test('when rules or the event change what matches, then blocks are applied and released as no_longer_blocking', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const free = timedEvent('f1', '2026-07-01T10:00:00Z', '2026-07-01T11:00:00Z', { transparency: 'transparent' });

    await service.deliver(eventChanged('rules-cal', [roomId], free));
    expect((await api.blocks(roomId)).json().items).toEqual([]);
    expect((await api.putBlockRules(roomId, { timed: 'all', allDay: 'red_or_busy' })).statusCode).toBe(200);
    await waitForPublished(roomId, 1);
    await api.putBlockRules(roomId, { timed: 'busy', allDay: 'red_or_busy' });
    await waitForPublished(roomId, 2);
    await service.deliver(
      eventChanged('rules-cal', [roomId], { ...free, transparency: 'opaque', updated: nextUpdated() }),
    );
    await waitForPublished(roomId, 3);
    await service.deliver(
      eventChanged('rules-cal', [roomId], {
        ...free,
        transparency: 'transparent',
        updated: nextUpdated(),
      }),
    );
    await waitForPublished(roomId, 4);

    expect(summary(roomId)).toEqual([
      ['BlockApplied', 1, '2026-07-01T10:00:00.000Z'],
      ['BlockReleased', 2, 'no_longer_blocking'],
      ['BlockApplied', 3, '2026-07-01T10:00:00.000Z'],
      ['BlockReleased', 4, 'no_longer_blocking'],
    ]);
  });

  test('when the partner deletes a block, then it stays released until its event changes again', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const snapshot = timedEvent('o1', '2026-08-01T10:00:00Z', '2026-08-01T12:00:00Z');
    await service.deliver(eventChanged('override-cal', [roomId], snapshot));
    const blockId = blockIdOf(roomId, 'override-cal', 'o1');

    const deleted = await api.deleteBlock(roomId, blockId);
    await service.deliver(eventChanged('override-cal', [roomId], snapshot));
    await waitForPublished(roomId, 2);
    const whileOverridden = await availability(roomId, '2026-08-01', '2026-08-02');
    const released = await api.blocks(roomId, { state: 'released' });
    await service.deliver(
      eventChanged('override-cal', [roomId], {
        ...snapshot,
        summary: 'Moved by staff',
        updated: nextUpdated(),
      }),
    );
    await waitForPublished(roomId, 3);

    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id: blockId, state: 'released', releaseReason: 'manual_override' });
    expect(whileOverridden.busy).toEqual([]);
    expect(released.json().items).toMatchObject([{ id: blockId, releaseReason: 'manual_override' }]);
    expect(summary(roomId)).toEqual([
      ['BlockApplied', 1, '2026-08-01T10:00:00.000Z'],
      ['BlockReleased', 2, 'manual_override'],
      ['BlockApplied', 3, '2026-08-01T10:00:00.000Z'],
    ]);
    expect((await api.deleteBlock(roomId, 'no-such-block')).json()).toMatchObject({
      status: 404,
      code: 'block_not_found',
    });
  });

  test('when recurring instances arrive and one is cancelled, then each is its own block and only that one is released', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const instance = (day: string) =>
      timedEvent(`weekly_202609${day}T100000Z`, `2026-09-${day}T10:00:00Z`, `2026-09-${day}T11:00:00Z`, {
        recurringEventId: 'weekly',
      });

    await service.deliver(
      eventChanged('rec-cal', [roomId], instance('01')),
      eventChanged('rec-cal', [roomId], instance('08')),
    );
    await service.deliver(eventChanged('rec-cal', [roomId], cancelled('weekly_20260908T100000Z')));
    await waitForPublished(roomId, 3);

    const blocks = (await api.blocks(roomId)).json().items;
    expect(blocks).toMatchObject([
      { start: '2026-09-01T10:00:00.000Z', source: { eventId: 'weekly_20260901T100000Z' } },
    ]);
    expect(summary(roomId).map(([type]) => type)).toEqual(['BlockApplied', 'BlockApplied', 'BlockReleased']);
  });

  test('when a room drops out of the calendar’s rooms, then its block is released as calendar_unlinked', async () => {
    const [kept, dropped] = [await newRoom('Europe/Warsaw'), await newRoom('Europe/Warsaw')];
    const snapshot = timedEvent('u1', '2026-10-01T10:00:00Z', '2026-10-01T11:00:00Z');

    await service.deliver(eventChanged('unlink-cal', [kept, dropped], snapshot));
    await service.deliver(eventChanged('unlink-cal', [kept], { ...snapshot, updated: nextUpdated() }));
    await waitForPublished(dropped, 2);

    expect(summary(dropped)).toEqual([
      ['BlockApplied', 1, '2026-10-01T10:00:00.000Z'],
      ['BlockReleased', 2, 'calendar_unlinked'],
    ]);
    expect(summary(kept)).toEqual([['BlockApplied', 1, '2026-10-01T10:00:00.000Z']]);
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
    await waitForPublished(roomId, 2);

    expect(summary(roomId)).toEqual([
      ['BlockApplied', 1, '2026-09-08T00:00:00.000Z'],
      ['BlockApplied', 2, '2026-09-08T07:00:00.000Z'],
    ]);
  });
});
