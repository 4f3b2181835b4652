import { randomUUID } from 'node:crypto';
import type { CalbridgeEvent } from '@calbridge/contracts';
import { describe, expect, test } from '@jest/globals';
import { onEventChanged } from '../src/events/event-changed.handler.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { booking, cancelled, eventChanged, timedEvent } from './support/events.ts';
import { newRoom, waitForPublished } from './support/published.ts';

let service: AvailabilityService;
useAvailabilityService((started) => ({ service } = started));

interface Rooms {
  a: string;
  b: string;
  c: string;
}

/** One event's whole life across rooms A and B, with another event of the calendar (room C) in between. */
function lifeOfAnEvent(calendarId: string, { a, b, c }: Rooms) {
  const first = timedEvent('e1', '2026-10-05T10:00:00Z', '2026-10-05T12:00:00Z');
  const moved = timedEvent('e1', '2026-10-06T10:00:00Z', '2026-10-06T12:00:00Z');
  const other = timedEvent('e2', '2026-10-07T10:00:00Z', '2026-10-07T11:00:00Z');
  const back = timedEvent('e1', '2026-10-05T10:00:00Z', '2026-10-05T12:00:00Z');
  const deleted = cancelled('e1');
  const readded = timedEvent('e1', '2026-10-08T10:00:00Z', '2026-10-08T12:00:00Z');
  return [
    eventChanged(calendarId, [a, b], first),
    eventChanged(calendarId, [a, b], moved),
    eventChanged(calendarId, [c], other),
    // The same snapshot again in a new envelope, then an older one: neither changes anything.
    eventChanged(calendarId, [a, b], moved),
    eventChanged(calendarId, [a, b], first),
    // B leaves the calendar's rooms, then comes back with the next change.
    eventChanged(calendarId, [a], back),
    eventChanged(calendarId, [a], deleted),
    eventChanged(calendarId, [b, a], readded),
  ];
}

async function bookingsIn({ a, b }: Rooms) {
  const ids = { a1: randomUUID(), a2: randomUUID(), b3: randomUUID() };
  const at = (id: string, roomId: string, start: string) =>
    booking('BookingCreated', { id, roomId, start, end: start.replace('T10:30', 'T11:30'), version: 1 });
  await service.deliver(
    at(ids.a1, a, '2026-10-05T10:30:00Z'),
    at(ids.a2, a, '2026-10-06T10:30:00Z'),
    at(ids.b3, b, '2026-10-08T10:30:00Z'),
  );
  return ids;
}

/** What a downstream consumer saw for the room, conflicts included. */
function outcome(roomId: string) {
  return service.publishedFor(roomId).map((event: CalbridgeEvent) => {
    const data = event.data as {
      block?: { version: number; start?: string };
      conflicts?: string[];
      reason?: string;
      bookingId?: string;
    };
    if (event.type === 'ConflictDetected') return [event.type, data.bookingId];
    if (event.type === 'BlockReleased') return [event.type, data.block?.version, data.reason];
    return [event.type, data.block?.version, data.block?.start, data.conflicts];
  });
}

async function expectLifeOfAnEvent(rooms: Rooms, ids: Awaited<ReturnType<typeof bookingsIn>>) {
  await waitForPublished(service, rooms.a, 7);
  await waitForPublished(service, rooms.b, 5);
  await waitForPublished(service, rooms.c, 1);
  expect(outcome(rooms.a)).toEqual([
    ['BlockApplied', 1, '2026-10-05T10:00:00.000Z', [ids.a1]],
    ['ConflictDetected', ids.a1],
    ['BlockApplied', 2, '2026-10-06T10:00:00.000Z', [ids.a2]],
    ['ConflictDetected', ids.a2],
    ['BlockApplied', 3, '2026-10-05T10:00:00.000Z', [ids.a1]],
    ['BlockReleased', 4, 'event_deleted'],
    ['BlockApplied', 5, '2026-10-08T10:00:00.000Z', []],
  ]);
  expect(outcome(rooms.b)).toEqual([
    ['BlockApplied', 1, '2026-10-05T10:00:00.000Z', []],
    ['BlockApplied', 2, '2026-10-06T10:00:00.000Z', []],
    ['BlockReleased', 3, 'calendar_unlinked'],
    ['BlockApplied', 4, '2026-10-08T10:00:00.000Z', [ids.b3]],
    ['ConflictDetected', ids.b3],
  ]);
  expect(outcome(rooms.c)).toEqual([['BlockApplied', 1, '2026-10-07T10:00:00.000Z', []]]);
}

const newRooms = async (): Promise<Rooms> => ({
  a: await newRoom(service, 'Europe/Warsaw'),
  b: await newRoom(service, 'Europe/Warsaw'),
  c: await newRoom(service, 'Europe/Warsaw'),
});

describe('a chunk of calendar events', () => {
  test('when an event is applied, moved, repeated, unlinked, deleted and re-added within one chunk, then every room sees what one-by-one delivery shows', async () => {
    const rooms = await newRooms();
    const ids = await bookingsIn(rooms);
    const events = lifeOfAnEvent(`chunk-${rooms.a}`, rooms);

    // Straight into the batch handler, so the whole life is surely one call (Kafka may split a fetch).
    await service.db.transaction().execute((trx) => onEventChanged.batch(trx, events));

    await expectLifeOfAnEvent(rooms, ids);
  });

  test('when the same events are delivered one by one, then the rooms see the same', async () => {
    const rooms = await newRooms();
    const ids = await bookingsIn(rooms);

    for (const event of lifeOfAnEvent(`single-${rooms.a}`, rooms)) await service.deliver(event);

    await expectLifeOfAnEvent(rooms, ids);
  });
});
