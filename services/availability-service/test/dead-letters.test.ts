import { randomUUID } from 'node:crypto';
import { topics } from '@calbridge/contracts';
import { eventually } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { eventChanged, roomUpserted, timedEvent } from './support/events.ts';

let service: AvailabilityService;
useAvailabilityService((started) => ({ service } = started));

describe('bad input on the calendar topic', () => {
  test('when malformed or invalid messages arrive, then each lands in the DLQ with a reason and later events still apply; an unknown type is skipped and counted in /metrics', async () => {
    const roomId = randomUUID();
    await service.deliver(roomUpserted(roomId, 'Europe/Warsaw'));
    const valid = eventChanged('dlq-cal', [roomId], timedEvent('ok', '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z'));
    const { roomIds: _dropped, ...withoutRooms } = valid.data;
    const allDayBackwards = {
      ...valid,
      id: randomUUID(),
      data: {
        ...valid.data,
        event: {
          id: 'x',
          status: 'confirmed',
          allDay: true,
          startDate: '2026-09-08',
          endDate: '2026-09-07',
          transparency: 'opaque',
        },
      },
    };
    const newer = JSON.stringify({ ...valid, id: randomUUID(), type: 'EventExploded' });
    const malformed = '{"not json';
    const bad = [
      malformed,
      JSON.stringify({ ...valid, id: randomUUID(), data: withoutRooms }),
      JSON.stringify(allDayBackwards),
    ];
    const topic = service.prefix + topics.calendar;

    const sent = [malformed, newer, ...bad.slice(1)];
    await service.producer.send(sent.map((value) => ({ topic, key: 'dlq-cal', value, headers: {} })));
    await service.deliver(valid);
    await eventually(() => expect(service.calendarDlq.messages).toHaveLength(3));
    await eventually(() => expect(service.publishedFor(roomId)).toHaveLength(1));

    const reasons = service.calendarDlq.messages.map((message) => message.headers['dlq-reason']);
    expect(reasons[0]).toMatch(/malformed JSON/);
    expect(reasons[1]).toMatch(/data\.roomIds/);
    expect(reasons[2]).toMatch(/endDate/);
    expect(service.calendarDlq.messages.map((message) => message.value)).toEqual(bad);
    expect(service.publishedFor(roomId)[0]?.type).toBe('BlockApplied');
    const metrics = async () => (await service.app.inject({ url: '/metrics' })).body;
    expect(await metrics()).toMatch(/messaging_consumed_events_total\{[^}]*type="EventExploded",outcome="skipped"\} 1/);
    expect(await metrics()).toMatch(
      /messaging_consumed_events_total\{[^}]*type="\(none\)",outcome="dead_lettered"\} 1/,
    );
    // Lag is read in the background (every 10 s), not per scrape.
    await eventually(async () => expect(await metrics()).toMatch(/messaging_consumer_lag\{[^}]*partition="\d+"\} \d+/));
  });
});
