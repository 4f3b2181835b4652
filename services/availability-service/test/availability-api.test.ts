import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import type { PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { eventChanged, timedEvent } from './support/events.ts';
import { newRoom } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

describe('availability API', () => {
  test('when the window is longer than 92 days or ends before it starts, then the answer is 400 naming query.to', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');

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
    const roomId = await newRoom(service, 'Europe/Warsaw', randomUUID());
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
    const roomId = await newRoom(service, 'Europe/Warsaw');

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
    const roomId = await newRoom(service, 'Europe/Warsaw');
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
      nextCursor: null,
    });
    expect(badCursor.json()).toMatchObject({ status: 400, errors: [{ field: 'query.cursor' }] });
  });

  test('when the OpenAPI document is read, then every availability route is in it', async () => {
    const response = await service.app.inject({ url: '/openapi.json' });
    const document = response.json();

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/rooms/{roomId}/schedule',
        '/v1/rooms/{roomId}/block-rules',
        '/v1/rooms/{roomId}/availability',
        '/v1/rooms/{roomId}/blocks',
        '/v1/rooms/{roomId}/blocks/{blockId}',
      ]),
    );
  });
});
