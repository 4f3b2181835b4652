import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import { availabilityOf, type PartnerApi, partnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { deadLetterReasons } from './support/dead-letters.ts';
import { eventChanged, roomUpserted, timedEvent } from './support/events.ts';
import { newRoom, summary, waitForPublished } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const other = randomUUID();
const busyStarts = async (partner: PartnerApi, roomId: string) =>
  (await availabilityOf(partner, roomId, '2026-09-07', '2026-09-08')).busy.map((row) => row.start);

describe('calendar events and the rooms’ owners', () => {
  test('when an EventChanged names another partner’s room beside its own, then only its own room is blocked and the event is dead-lettered naming the other', async () => {
    const own = await newRoom(service, 'UTC');
    const foreign = await newRoom(service, 'UTC', other);
    const mixed = eventChanged(
      'mixed-cal',
      [own, foreign],
      timedEvent('m1', '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z'),
    );

    await service.deliver(mixed);
    await service.deliver(
      eventChanged('their-cal', [foreign], timedEvent('t1', '2026-09-07T12:00:00Z', '2026-09-07T13:00:00Z'), other),
    );
    await eventually(() => expect(deadLetterReasons(service.calendarDlq, mixed)).toHaveLength(1));
    await waitForPublished(service, own, 1);
    await waitForPublished(service, foreign, 1);

    expect(deadLetterReasons(service.calendarDlq, mixed)).toEqual([`room ${foreign} belongs to another partner`]);
    expect(summary(service, own)).toEqual([['BlockApplied', 1, '2026-09-07T10:00:00.000Z']]);
    expect(summary(service, foreign)).toEqual([['BlockApplied', 1, '2026-09-07T12:00:00.000Z']]);
    expect(await busyStarts(partnerApi(service, other), foreign)).toEqual(['2026-09-07T12:00:00.000Z']);
  });

  test('when another partner’s room is named in upper case, then it is still refused', async () => {
    const foreign = await newRoom(service, 'UTC', other);
    const shouting = eventChanged(
      'case-cal',
      [foreign.toUpperCase()],
      timedEvent('u1', '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z'),
    );

    await service.deliver(shouting);
    await eventually(() => expect(deadLetterReasons(service.calendarDlq, shouting)).toHaveLength(1));

    expect(deadLetterReasons(service.calendarDlq, shouting)).toEqual([`room ${foreign} belongs to another partner`]);
    expect(await busyStarts(partnerApi(service, other), foreign)).toEqual([]);
  });

  test('when two partners link the same calendar, then one partner’s event never unlinks the other’s rooms', async () => {
    const mine = await newRoom(service, 'UTC');
    const theirs = await newRoom(service, 'UTC', other);
    const meeting = (id: string) => timedEvent(id, '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z');

    await service.deliver(eventChanged('shared-cal', [mine], meeting('s1')));
    await service.deliver(eventChanged('shared-cal', [theirs], meeting('s1'), other));

    expect(await busyStarts(api, mine)).toEqual(['2026-09-07T10:00:00.000Z']);
    expect(await busyStarts(partnerApi(service, other), theirs)).toEqual(['2026-09-07T10:00:00.000Z']);
  });

  test('when a room blocked before it was known turns out to be another partner’s, then the block is released as unlinked', async () => {
    const roomId = randomUUID();
    await service.deliver(
      eventChanged('early-cal', [roomId], timedEvent('e1', '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z')),
    );

    await service.deliver(roomUpserted(roomId, 'UTC', { partner: other }));
    await waitForPublished(service, roomId, 2);

    expect(summary(service, roomId)).toEqual([
      ['BlockApplied', 1, '2026-09-07T10:00:00.000Z'],
      ['BlockReleased', 2, 'calendar_unlinked'],
    ]);
    expect(await busyStarts(partnerApi(service, other), roomId)).toEqual([]);
  });
});
