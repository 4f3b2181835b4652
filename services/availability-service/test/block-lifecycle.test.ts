import { describe, expect, test } from '@jest/globals';
import { blockIdOf } from '../src/blocks/block-id.ts';
import { availabilityOf, type PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { cancelled, eventChanged, nextUpdated, timedEvent } from './support/events.ts';
import { newRoom, summary, waitForPublished } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const availability = (roomId: string, from: string, to: string) => availabilityOf(api, roomId, from, to);

describe('a block over its event’s life', () => {
  test('when an event is moved, shortened, deleted and re-added, then its one block follows it with growing versions', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const calendarId = `moves-${roomId}`;
    const change = (event: Parameters<typeof eventChanged>[2]) =>
      service.deliver(eventChanged(calendarId, [roomId], event));

    await change(timedEvent('m1', '2026-05-04T10:00:00Z', '2026-05-04T12:00:00Z'));
    await change(timedEvent('m1', '2026-05-05T10:00:00Z', '2026-05-05T12:00:00Z'));
    await change(timedEvent('m1', '2026-05-05T10:00:00Z', '2026-05-05T10:30:00Z'));
    await change(cancelled('m1'));
    await change(timedEvent('m1', '2026-05-06T10:00:00Z', '2026-05-06T11:00:00Z'));
    await waitForPublished(service, roomId, 5);

    expect(summary(service, roomId)).toEqual([
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
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const snapshot = timedEvent('dup', '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z');
    const first = eventChanged('dup-cal', [roomId], snapshot);

    await service.publish(first, first);
    const again = eventChanged('dup-cal', [roomId], snapshot);
    await service.deliver(again);
    // A later change on the same calendar is a barrier: once it is applied, the repeats were handled before it.
    await service.deliver(
      eventChanged('dup-cal', [roomId], timedEvent('other', '2026-06-02T10:00:00Z', '2026-06-02T11:00:00Z')),
    );
    await waitForPublished(service, roomId, 2);

    expect(summary(service, roomId)).toEqual([
      ['BlockApplied', 1, '2026-06-01T10:00:00.000Z'],
      ['BlockApplied', 1, '2026-06-02T10:00:00.000Z'],
    ]);
  });

  test('when an older version of an event arrives after a newer one, then the newer one stands', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const older = timedEvent('late', '2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z');
    const newer = timedEvent('late', '2026-06-10T15:00:00Z', '2026-06-10T16:00:00Z');

    await service.deliver(eventChanged('late-cal', [roomId], newer));
    await service.deliver(eventChanged('late-cal', [roomId], older));
    await service.deliver(
      eventChanged('late-cal', [roomId], timedEvent('barrier', '2026-06-11T08:00:00Z', '2026-06-11T09:00:00Z')),
    );
    await waitForPublished(service, roomId, 2);

    expect(summary(service, roomId)).toEqual([
      ['BlockApplied', 1, '2026-06-10T15:00:00.000Z'],
      ['BlockApplied', 1, '2026-06-11T08:00:00.000Z'],
    ]);
    expect((await availability(roomId, '2026-06-10', '2026-06-11')).busy).toMatchObject([
      { start: '2026-06-10T15:00:00.000Z', kind: 'block' },
    ]);
  });

  test('when rules or the event change what matches, then blocks are applied and released as no_longer_blocking', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const free = timedEvent('f1', '2026-07-01T10:00:00Z', '2026-07-01T11:00:00Z', { transparency: 'transparent' });

    await service.deliver(eventChanged('rules-cal', [roomId], free));
    expect((await api.blocks(roomId)).json().items).toEqual([]);
    expect((await api.putBlockRules(roomId, { timed: 'all', allDay: 'red_or_busy' })).statusCode).toBe(200);
    await waitForPublished(service, roomId, 1);
    await api.putBlockRules(roomId, { timed: 'busy', allDay: 'red_or_busy' });
    await waitForPublished(service, roomId, 2);
    await service.deliver(
      eventChanged('rules-cal', [roomId], { ...free, transparency: 'opaque', updated: nextUpdated() }),
    );
    await waitForPublished(service, roomId, 3);
    await service.deliver(
      eventChanged('rules-cal', [roomId], {
        ...free,
        transparency: 'transparent',
        updated: nextUpdated(),
      }),
    );
    await waitForPublished(service, roomId, 4);

    expect(summary(service, roomId)).toEqual([
      ['BlockApplied', 1, '2026-07-01T10:00:00.000Z'],
      ['BlockReleased', 2, 'no_longer_blocking'],
      ['BlockApplied', 3, '2026-07-01T10:00:00.000Z'],
      ['BlockReleased', 4, 'no_longer_blocking'],
    ]);
  });
});
