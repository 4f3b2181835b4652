import { topics } from '@calbridge/contracts';
import type { ReadEvent } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { blockOf } from './support/block-events.ts';
import { plainBooking, visitMinutes } from './support/booking-details.ts';
import { bookThenPayOnline, type PaidBooking } from './support/booking-lifecycle.ts';
import { combinations, connectMatrix, readsEvents, writesBookings } from './support/integration-matrix.ts';
import { type LinkedRoom, synchronizeRoom, roomZone as zone } from './support/linked-room.ts';
import { addOwnerEvent, eventsIn } from './support/owner-calendar.ts';
import { blocksShown } from './support/room-availability.ts';
import { customerContact, describedDetails } from './support/scope-content.ts';
import { type System, startSystem } from './support/system-fixture.ts';

// One system, nine partners: every mode × data scope set up at once, each in its own room and calendar.
// 21:30 in New York is 02:30 UTC and 03:30 in Warsaw the next day: a visit told in the wrong zone shows.
const visit = DateTime.now().setZone(zone).startOf('day').plus({ days: 30 }).set({ hour: 21, minute: 30 });
const training = visit.plus({ days: 1 }).set({ hour: 10, minute: 0 });
let system: System;
let rooms: Map<string, LinkedRoom>;
const booked = new Map<string, PaidBooking>();
const roomOf = (label: string) => rooms.get(label) as LinkedRoom;
const labels = (keep: (combination: (typeof combinations)[number]) => boolean) =>
  combinations.filter(keep).map(({ label }) => label);

beforeAll(async () => {
  system = await startSystem();
  rooms = new Map((await connectMatrix(system)).map((room) => [room.label, room]));
  await Promise.all(
    [...rooms.values()].map(async (room) => booked.set(room.label, await bookThenPayOnline(room, visit))),
  );
  // Room for two waits for Google (30 s each) after start-up, so a missing event fails with its own message.
}, 120_000);

afterAll(() => system?.close());

describe('bookings → calendar, by mode and data scope (spec §5)', () => {
  it.each(labels(({ mode }) => writesBookings(mode)))(
    'when a %s room takes a booking pending payment and it is paid online, then Google shows "#block <name>", then "<name> [paid online]", in the room\'s timezone, without attendees',
    (label) => {
      const { whilePending, oncePaid } = booked.get(label) as PaidBooking;
      expect(whilePending?.summary).toBe('#block Anna Kowalska');
      expect(oncePaid?.summary).toBe('Anna Kowalska [paid online]');
      for (const event of [whilePending, oncePaid]) {
        expect([event?.start?.timeZone, event?.end?.timeZone]).toEqual([zone, zone]);
        expect(Date.parse(event?.start?.dateTime as string)).toBe(visit.toMillis());
        expect(Date.parse(event?.end?.dateTime as string)).toBe(visit.plus({ minutes: visitMinutes }).toMillis());
        expect(event?.attendees).toBeUndefined();
      }
    },
  );

  it.each(labels(({ mode, dataScope }) => writesBookings(mode) && dataScope !== 'name_only'))(
    'when a %s room takes a booking, then the event describes it (name, price, participants, language, notes, booking id, room, local visit time) and is located in the room',
    (label) => {
      const room = roomOf(label);
      const { booking, oncePaid } = booked.get(label) as PaidBooking;
      for (const detail of describedDetails(booking, room.roomName, visit))
        expect(oncePaid?.description).toMatch(detail);
      expect(oncePaid?.location).toBe(room.roomName);
    },
  );

  it.each(labels(({ mode, dataScope }) => writesBookings(mode) && dataScope === 'full'))(
    "when a %s room takes a booking, then the event carries the customer's e-mail and phone",
    (label) => {
      for (const contact of customerContact) expect(booked.get(label)?.oncePaid?.description).toContain(contact);
    },
  );

  it.each(labels(({ mode, dataScope }) => writesBookings(mode) && dataScope !== 'full'))(
    "when a %s room takes a booking, then neither the customer's e-mail nor phone is anywhere in the event",
    (label) => {
      const { whilePending, oncePaid } = booked.get(label) as PaidBooking;
      for (const contact of customerContact) expect(JSON.stringify([whilePending, oncePaid])).not.toContain(contact);
    },
  );

  it.each(labels(({ mode, dataScope }) => writesBookings(mode) && dataScope === 'name_only'))(
    'when a %s room takes a booking, then the event has its summary only: no description, no location',
    (label) => {
      const { whilePending, oncePaid } = booked.get(label) as PaidBooking;
      for (const event of [whilePending, oncePaid]) {
        expect(event?.description ?? '').toBe('');
        expect(event?.location ?? '').toBe('');
      }
    },
  );

  it.each(labels(({ mode }) => !writesBookings(mode)))(
    'when a %s room takes a booking and it is paid, then nothing is written to its calendar',
    async (label) => {
      // The nine bookings were made together and the others are in Google already; the connector has heard them all.
      await system.connectorCaughtUp();
      expect(await eventsIn(roomOf(label), { showDeleted: true })).toEqual([]);
    },
  );
});

describe('calendar → availability, by mode (spec §5)', () => {
  const eventIds = new Map<string, string>();
  let calendarEvents: ReadEvent[];
  const bookDuringTraining = (room: LinkedRoom) =>
    room.bookings.post('/v1/bookings', plainBooking(room.roomId, training.plus({ minutes: 30 })));
  const blocksDuringTraining = (room: LinkedRoom) =>
    blocksShown(room.availability, room.roomId, training, training.plus({ hours: 2 }));

  beforeAll(async () => {
    calendarEvents = await system.readEvents(topics.calendar);
    await Promise.all(
      [...rooms.values()].map(async (room) => {
        eventIds.set(room.label, await addOwnerEvent(room, 'Staff training', training, training.plus({ hours: 2 })));
        await synchronizeRoom(room);
      }),
    );
    // The to_calendar calendars were read in the same round: a block of theirs would be on its way by now.
    const reading = [...rooms.values()].filter((room) => readsEvents(room.mode));
    await Promise.all(reading.map((room) => blockOf(system.availabilityEvents, eventIds.get(room.label) as string)));
    await system.bookingCaughtUp();
  });

  it.each(labels(({ mode }) => readsEvents(mode)))(
    'when the owner of a %s room adds an event in Google, then a booking starting inside it is refused (slot_blocked) and availability shows the block',
    async (label) => {
      const room = roomOf(label);
      const block = await blockOf(system.availabilityEvents, eventIds.get(label) as string);
      const refused = await bookDuringTraining(room);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'slot_blocked', blockId: block.id });
      expect(await blocksDuringTraining(room)).toEqual([expect.objectContaining({ id: block.id })]);
    },
  );

  it.each(labels(({ mode }) => !readsEvents(mode)))(
    'when the owner of a %s room adds an event in Google, then it blocks nothing: the booking is accepted',
    async (label) => {
      const room = roomOf(label);
      expect((await bookDuringTraining(room)).status).toBe(201);
      expect(await blocksDuringTraining(room)).toEqual([]);
      expect(calendarEvents.filter(({ event }) => event.subject === room.calendarId)).toEqual([]);
    },
  );
});
