import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { dailySchedule, type PartnerApi, partnerApi } from './support/api.ts';
import { type AvailabilityService, startAvailabilityService } from './support/availability-fixture.ts';
import { allDayEvent, eventChanged, partnerId, roomUpserted, timedEvent } from './support/events.ts';
import { eventually } from './support/eventually.ts';

let service: AvailabilityService;
let api: PartnerApi;

beforeAll(async () => {
  service = await startAvailabilityService();
  api = partnerApi(service);
});
afterAll(async () => {
  await service?.close();
});

async function newRoom(timezone: string, partner = partnerId): Promise<string> {
  const roomId = randomUUID();
  await service.deliver(roomUpserted(roomId, timezone, { partner }));
  return roomId;
}

const startsOf = (body: { slots: { start: string }[] }) => body.slots.map((slot) => slot.start);

describe('availability API', () => {
  test('when a day-long hourly schedule crosses a daylight-saving change, then no hour is missing or doubled', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    await api.putSchedule(roomId, dailySchedule('00:00', '24:00', 60, 60));

    const spring = (await api.availability(roomId, '2026-03-29', '2026-03-30')).json();
    const autumn = (await api.availability(roomId, '2026-10-25', '2026-10-26')).json();

    const hourly = (first: string, count: number) =>
      Array.from({ length: count }, (_, hour) => new Date(Date.parse(first) + hour * 3_600_000).toISOString());
    expect(startsOf(spring)).toEqual(hourly('2026-03-28T23:00:00.000Z', 23));
    expect(startsOf(autumn)).toEqual(hourly('2026-10-24T22:00:00.000Z', 25));
  });

  test('when slots open at 10:00 local on both sides of a daylight-saving change, then they keep the local time', async () => {
    const roomId = await newRoom('UTC');
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
    const roomId = await newRoom('UTC');
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
    const roomId = await newRoom('Europe/Warsaw');
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

  test('when the window is longer than 92 days or ends before it starts, then the answer is 400 naming query.to', async () => {
    const roomId = await newRoom('Europe/Warsaw');

    const tooLong = await api.availability(roomId, '2026-01-01', '2026-04-04');
    const backwards = await api.availability(roomId, '2026-01-02', '2026-01-01');
    const garbage = await api.availability(roomId, 'yesterday', '2026-01-01');
    const longest = await api.availability(roomId, '2026-01-01', '2026-04-03');

    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'query.to' }] });
    expect(backwards.json()).toMatchObject({ status: 400, errors: [{ field: 'query.to' }] });
    expect(garbage.json()).toMatchObject({ status: 400, errors: [{ field: 'query.from' }] });
    expect(longest.statusCode).toBe(200);
  });

  test('when another partner asks about a room, then it is 404 unless the caller is an admin', async () => {
    const roomId = await newRoom('Europe/Warsaw', randomUUID());
    const unknownRoom = await api.availability(randomUUID(), '2026-01-01', '2026-01-02');
    const foreign = await api.availability(roomId, '2026-01-01', '2026-01-02');
    const foreignRules = await api.putBlockRules(roomId, { timed: 'all', allDay: 'all' });
    const headers = service.bearer(randomUUID(), 'admin');
    const admin = await service.app.inject({ url: `/v1/rooms/${roomId}/block-rules`, headers });
    const anonymous = await service.app.inject({ url: `/v1/rooms/${roomId}/blocks` });

    expect(unknownRoom.json()).toMatchObject({ status: 404, code: 'room_not_found' });
    expect(foreign.json()).toMatchObject({ status: 404, code: 'room_not_found' });
    expect(foreignRules.statusCode).toBe(404);
    expect(admin.json()).toEqual({ timed: 'busy', allDay: 'red_or_busy' });
    expect(anonymous.statusCode).toBe(401);
  });

  test('when a schedule or rules are invalid, then the answer is 400 naming each bad field', async () => {
    const roomId = await newRoom('Europe/Warsaw');

    const schedule = await api.putSchedule(roomId, {
      timezone: '+02:00',
      weekly: { mon: [{ from: '25:00', to: '12:00' }], funday: [] },
      slotMinutes: 0,
      everyMinutes: 90,
    });
    const rules = await api.putBlockRules(roomId, { timed: 'sometimes', allDay: 'red_or_busy' });

    const fields = schedule.json().errors.map((error: { field: string }) => error.field);
    expect(schedule.statusCode).toBe(400);
    expect(fields).toEqual(
      expect.arrayContaining(['body.timezone', 'body.weekly.mon.0.from', 'body.weekly.funday', 'body.slotMinutes']),
    );
    expect(rules.json()).toMatchObject({ status: 400, errors: [{ field: 'body.timed' }] });
  });

  test('when a room has more blocks than a page, then the list pages with nextCursor', async () => {
    const roomId = await newRoom('Europe/Warsaw');
    const days = ['01', '02', '03'];
    await service.deliver(
      ...days.map((day) =>
        eventChanged(
          'page-cal',
          [roomId],
          timedEvent(`p${day}`, `2026-09-${day}T10:00:00Z`, `2026-09-${day}T11:00:00Z`),
        ),
      ),
    );

    const first = (await api.blocks(roomId, { limit: '2' })).json();
    const second = (await api.blocks(roomId, { limit: '2', cursor: first.nextCursor })).json();
    const badCursor = await api.blocks(roomId, { cursor: 'not-a-cursor' });

    expect(first.items.map((block: { source: { eventId: string } }) => block.source.eventId)).toEqual(['p01', 'p02']);
    expect(second).toEqual({
      items: [expect.objectContaining({ start: '2026-09-03T10:00:00.000Z', state: 'active' })],
    });
    expect(badCursor.json()).toMatchObject({ status: 400, errors: [{ field: 'query.cursor' }] });
  });
});
