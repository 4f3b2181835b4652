import { topics } from '@calbridge/contracts';
import { eventually, type ReadEvent } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { appliedFor, blockOf, releaseOf } from './support/block-events.ts';
import { plainBooking } from './support/booking-details.ts';
import type { IntegrationMode } from './support/connect-room.ts';
import { connectLinkedRoom, type LinkedRoom, roomZone, synchronizeRoom } from './support/linked-room.ts';
import { addOwnerEvent, bookingEventGone, bookingEventIn, eventsIn } from './support/owner-calendar.ts';
import { book, cancelBooking, connectorSettled } from './support/partner-bookings.ts';
import { restoreOf } from './support/restored-events.ts';
import { blocksShown } from './support/room-availability.ts';
import { type System, startSystem } from './support/system-fixture.ts';

// Lock.me's deletion rules, in both directions (seed; spec §5): one room of each mode, all with full data.
const day = (days: number) => DateTime.now().setZone(roomZone).startOf('day').plus({ days });
let system: System;
let rooms: Record<IntegrationMode, LinkedRoom>;
let integrationEvents: ReadEvent[];

beforeAll(async () => {
  system = await startSystem();
  integrationEvents = await system.readEvents(topics.integration);
  const modes = ['bidirectional', 'to_calendar', 'from_calendar'] as const;
  const linked = await Promise.all(modes.map((mode) => connectLinkedRoom(system, { mode, dataScope: 'full' })));
  rooms = Object.fromEntries(linked.map((room) => [room.mode, room])) as Record<IntegrationMode, LinkedRoom>;
});

afterAll(() => system?.close());

describe('deleting in calbridge (seed: Lock.me)', () => {
  it('when a booking is cancelled in calbridge, then its whole event is deleted from the Google calendar', async () => {
    const room = rooms.bidirectional;
    const bookingId = await book(room, day(40).set({ hour: 18 }));
    const written = await bookingEventIn(room, bookingId);
    await cancelBooking(room, bookingId);
    await bookingEventGone(room, bookingId);
    const { data } = await room.google.events.get({ calendarId: room.calendarId, eventId: written.id as string });
    expect(data.status).toBe('cancelled');
  });

  it("when the partner deletes a block in calbridge, then the slot is bookable while the owner's Google event stays, until the owner changes that event", async () => {
    const room = rooms.bidirectional;
    const { calendarId } = room;
    const start = day(41).set({ hour: 10 });
    const eventId = await addOwnerEvent(room, 'Staff training', start, start.plus({ hours: 2 }));
    await synchronizeRoom(room);
    const block = await blockOf(system.availabilityEvents, eventId);

    expect(await room.availability.delete(`/v1/rooms/${room.roomId}/blocks/${block.id}`)).toMatchObject({
      status: 200,
    });
    expect(await releaseOf(system.availabilityEvents, block.id)).toMatchObject({ reason: 'manual_override' });
    // Reading the calendar again, with the event unchanged, does not bring the block back.
    await synchronizeRoom(room);
    await system.bookingCaughtUp();
    expect(await blocksShown(room.availability, room.roomId, start, start.plus({ hours: 2 }))).toEqual([]);
    await book(room, start.plus({ minutes: 30 }));
    const { data: kept } = await room.google.events.get({ calendarId, eventId });
    expect(kept).toMatchObject({ status: 'confirmed', summary: 'Staff training' });

    const moved = start.plus({ hours: 4 });
    const appliedBefore = appliedFor(system.availabilityEvents, eventId).length;
    const requestBody = { start: { dateTime: moved.toISO() }, end: { dateTime: moved.plus({ hours: 2 }).toISO() } };
    await room.google.events.patch({ calendarId, eventId, requestBody });
    await synchronizeRoom(room);
    await eventually(() => {
      if (appliedFor(system.availabilityEvents, eventId).length === appliedBefore) throw new Error('no new block');
    });
    await system.bookingCaughtUp();
    const refused = await room.bookings.post('/v1/bookings', plainBooking(room.roomId, moved.plus({ minutes: 30 })));
    expect(refused).toMatchObject({ status: 409, body: { code: 'slot_blocked' } });
  });

  it("when a booking in a from_calendar room is made and cancelled in calbridge, then its Google calendar is untouched: the owner's event stays as it was and no event of the booking ever appears", async () => {
    const room = rooms.from_calendar;
    const start = day(42).set({ hour: 10 });
    await addOwnerEvent(room, 'Private party', start, start.plus({ hours: 2 }));
    const before = await eventsIn(room, { showDeleted: true });
    const bookingId = await book(room, start.plus({ hours: 3 }));
    await connectorSettled(system, rooms.bidirectional, day(43).set({ hour: 18 }));
    expect(await eventsIn(room, { showDeleted: true })).toEqual(before);
    await cancelBooking(room, bookingId);
    await connectorSettled(system, rooms.bidirectional, day(43).set({ hour: 20 }));
    expect(await eventsIn(room, { showDeleted: true })).toEqual(before);
  });
});

describe('deleting in Google (seed: Lock.me)', () => {
  it.each(['bidirectional', 'from_calendar'] as const)(
    'when the owner of a %s room deletes their event in Google, then its block is released and the slot is bookable again',
    async (mode) => {
      const room = rooms[mode];
      const start = day(50).set({ hour: 10 });
      const eventId = await addOwnerEvent(room, 'Staff training', start, start.plus({ hours: 2 }));
      await synchronizeRoom(room);
      const block = await blockOf(system.availabilityEvents, eventId);
      await system.bookingCaughtUp();
      const inside = plainBooking(room.roomId, start.plus({ minutes: 30 }));
      expect(await room.bookings.post('/v1/bookings', inside)).toMatchObject({ status: 409 });

      await room.google.events.delete({ calendarId: room.calendarId, eventId });
      await synchronizeRoom(room);
      expect(await releaseOf(system.availabilityEvents, block.id)).toMatchObject({ reason: 'event_deleted' });
      await system.bookingCaughtUp();
      expect(await room.bookings.post('/v1/bookings', inside)).toMatchObject({ status: 201 });
    },
  );

  it.each(['bidirectional', 'to_calendar'] as const)(
    "when someone deletes the event calbridge wrote for a booking in a %s room's calendar, then the next sync writes it back and the partner is told (BookingEventRestored)",
    async (mode) => {
      const room = rooms[mode];
      const bookingId = await book(room, day(51).set({ hour: 18 }));
      const written = await bookingEventIn(room, bookingId);
      await room.google.events.delete({ calendarId: room.calendarId, eventId: written.id as string });
      await synchronizeRoom(room);

      const back = await bookingEventIn(room, bookingId);
      expect(back).toMatchObject({ id: written.id, status: 'confirmed', summary: written.summary });
      expect(Date.parse(back.start?.dateTime as string)).toBe(Date.parse(written.start?.dateTime as string));
      expect(await restoreOf(integrationEvents, bookingId, 'deleted')).toMatchObject({
        roomId: room.roomId,
        calendarId: room.calendarId,
        eventId: written.id,
      });
    },
  );

  it("when someone moves the event calbridge wrote for a booking in Google, then the next sync moves it back to the booking's time and the partner is told which fields", async () => {
    const room = rooms.bidirectional;
    const start = day(52).set({ hour: 18 });
    const bookingId = await book(room, start);
    const written = await bookingEventIn(room, bookingId);
    const later = start.plus({ hours: 2 });
    const requestBody = { start: { dateTime: later.toISO() }, end: { dateTime: later.plus({ minutes: 30 }).toISO() } };
    const eventId = written.id as string;
    const { data: moved } = await room.google.events.patch({ calendarId: room.calendarId, eventId, requestBody });
    await synchronizeRoom(room);

    const back = await bookingEventIn(room, bookingId, moved);
    expect(Date.parse(back.start?.dateTime as string)).toBe(start.toMillis());
    expect(Date.parse(back.end?.dateTime as string)).toBe(start.plus({ minutes: 30 }).toMillis());
    expect(await restoreOf(integrationEvents, bookingId, 'edited')).toMatchObject({
      eventId: written.id,
      fields: expect.arrayContaining(['start', 'end']),
    });
  });
});
