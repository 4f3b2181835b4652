import { randomUUID } from 'node:crypto';
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

describe('releasing blocks', () => {
  test('when the partner deletes a block, then it stays released until its event changes again', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const snapshot = timedEvent('o1', '2026-08-01T10:00:00Z', '2026-08-01T12:00:00Z');
    await service.deliver(eventChanged('override-cal', [roomId], snapshot));
    const blockId = blockIdOf(roomId, 'override-cal', 'o1');

    const deleted = await api.deleteBlock(roomId, blockId);
    await service.deliver(eventChanged('override-cal', [roomId], snapshot));
    await waitForPublished(service, roomId, 2);
    const whileOverridden = await availability(roomId, '2026-08-01', '2026-08-02');
    const released = await api.blocks(roomId, { state: 'released' });
    await service.deliver(
      eventChanged('override-cal', [roomId], {
        ...snapshot,
        summary: 'Moved by staff',
        updated: nextUpdated(),
      }),
    );
    await waitForPublished(service, roomId, 3);

    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id: blockId, state: 'released', releaseReason: 'manual_override' });
    expect(whileOverridden.busy).toEqual([]);
    expect(released.json().items).toMatchObject([{ id: blockId, releaseReason: 'manual_override' }]);
    expect(summary(service, roomId)).toEqual([
      ['BlockApplied', 1, '2026-08-01T10:00:00.000Z'],
      ['BlockReleased', 2, 'manual_override'],
      ['BlockApplied', 3, '2026-08-01T10:00:00.000Z'],
    ]);
    expect((await api.deleteBlock(roomId, randomUUID())).json()).toMatchObject({
      status: 404,
      code: 'block_not_found',
    });
  });

  test('when recurring instances arrive and one is cancelled, then each is its own block and only that one is released', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');
    const instance = (day: string) =>
      timedEvent(`weekly_202609${day}T100000Z`, `2026-09-${day}T10:00:00Z`, `2026-09-${day}T11:00:00Z`, {
        recurringEventId: 'weekly',
      });

    await service.deliver(
      eventChanged('rec-cal', [roomId], instance('01')),
      eventChanged('rec-cal', [roomId], instance('08')),
    );
    await service.deliver(eventChanged('rec-cal', [roomId], cancelled('weekly_20260908T100000Z')));
    await waitForPublished(service, roomId, 3);

    const blocks = (await api.blocks(roomId)).json().items;
    expect(blocks).toMatchObject([
      { start: '2026-09-01T10:00:00.000Z', source: { eventId: 'weekly_20260901T100000Z' } },
    ]);
    expect(summary(service, roomId).map(([type]) => type)).toEqual(['BlockApplied', 'BlockApplied', 'BlockReleased']);
  });

  test('when a room drops out of the calendar’s rooms, then its block is released as calendar_unlinked', async () => {
    const [kept, dropped] = [await newRoom(service, 'Europe/Warsaw'), await newRoom(service, 'Europe/Warsaw')];
    const snapshot = timedEvent('u1', '2026-10-01T10:00:00Z', '2026-10-01T11:00:00Z');

    await service.deliver(eventChanged('unlink-cal', [kept, dropped], snapshot));
    await service.deliver(eventChanged('unlink-cal', [kept], { ...snapshot, updated: nextUpdated() }));
    await waitForPublished(service, dropped, 2);

    expect(summary(service, dropped)).toEqual([
      ['BlockApplied', 1, '2026-10-01T10:00:00.000Z'],
      ['BlockReleased', 2, 'calendar_unlinked'],
    ]);
    expect(summary(service, kept)).toEqual([['BlockApplied', 1, '2026-10-01T10:00:00.000Z']]);
  });
});
