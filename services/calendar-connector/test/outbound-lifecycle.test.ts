import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventIdFor } from '../src/outbound/event-id.ts';
import {
  bookingCancelled,
  bookingCreated,
  bookingSnapshot,
  bookingUpdated,
  roomUpserted,
} from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let owner: GoogleUser;
const roomA = { id: randomUUID(), name: 'Room A', timezone: 'Europe/Warsaw' };
const roomB = { id: randomUUID(), name: 'Room B', timezone: 'Europe/Warsaw' };
const unlinked = { id: randomUUID(), name: 'Room C', timezone: 'Europe/Warsaw' };
const calendars = { a: '', b: '' };

beforeAll(async () => {
  fixture = await connectorFixture();
  owner = await fixture.google.createUser('owner@bookingbility-partner.test');
  calendars.a = await fixture.google.createCalendar(owner.email, roomA.name, 'Europe/Warsaw');
  calendars.b = await fixture.google.createCalendar(owner.email, roomB.name, 'Europe/Warsaw');
  for (const id of Object.values(calendars)) await fixture.google.share(id, serviceAccountEmail, 'writer');
  await seedServiceAccountIntegration(fixture.db, {
    links: [
      { roomId: roomA.id, calendarId: calendars.a },
      { roomId: roomB.id, calendarId: calendars.b },
    ],
  });
  await fixture.deliver(roomUpserted(roomA), roomUpserted(roomB), roomUpserted(unlinked));
});

afterAll(async () => {
  await fixture?.close();
});

const liveEvents = async (calendarId: string) =>
  ((await fixture.google.calendarOf(owner).events.list({ calendarId })).data.items ?? []).map((event) => ({
    summary: event.summary,
    start: new Date(event.start?.dateTime as string).toISOString(),
    location: event.location,
  }));

describe('a booking changes, its Google event follows', () => {
  it('when a booking is rescheduled and then cancelled, then its event moves and then disappears', async () => {
    const booking = bookingSnapshot(roomA.id, { name: 'Reschedule me' });
    await fixture.deliver(bookingCreated(booking));
    await fixture.deliver(
      bookingUpdated({ ...booking, start: '2027-03-10T19:00:00.000Z', end: '2027-03-10T20:00:00.000Z', version: 2 }),
    );
    await fixture.outboundSettled();
    expect(await liveEvents(calendars.a)).toContainEqual({
      summary: 'Reschedule me',
      start: '2027-03-10T19:00:00.000Z',
      location: 'Room A',
    });

    await fixture.deliver(bookingCancelled({ ...booking, version: 3 }));
    await fixture.outboundSettled();
    expect((await liveEvents(calendars.a)).map((event) => event.summary)).not.toContain('Reschedule me');
  });

  it('when a booking moves to another linked room, then its event moves to that room calendar', async () => {
    const booking = bookingSnapshot(roomA.id, { name: 'Mover' });
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    await fixture.deliver(bookingUpdated({ ...booking, roomId: roomB.id, version: 2 }));
    await fixture.outboundSettled();

    expect((await liveEvents(calendars.a)).map((event) => event.summary)).not.toContain('Mover');
    expect(await liveEvents(calendars.b)).toContainEqual(
      expect.objectContaining({ summary: 'Mover', location: 'Room B' }),
    );
  });

  it('when a room is renamed, then the events of its future bookings carry the new name', async () => {
    const booking = bookingSnapshot(roomB.id, { name: 'Renamed room guest' });
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    await fixture.deliver(roomUpserted({ ...roomB, name: 'Room B (new wing)', version: 2 }));
    await fixture.outboundSettled();

    expect(await liveEvents(calendars.b)).toContainEqual(
      expect.objectContaining({ summary: 'Renamed room guest', location: 'Room B (new wing)' }),
    );
  });

  it('when someone deletes the event in Google and Google forgets it, then the next change of the booking writes it again', async () => {
    const booking = bookingSnapshot(roomA.id, { name: 'Deleted by staff' });
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    await fixture.google.calendarOf(owner).events.delete({ calendarId: calendars.a, eventId: eventIdFor(booking.id) });
    await fixture.google.control.post('/tombstones/purge', { calendarId: calendars.a });

    await fixture.deliver(bookingUpdated({ ...booking, status: 'confirmed', paidOnline: true, version: 2 }));
    await fixture.outboundSettled();

    expect((await liveEvents(calendars.a)).map((event) => event.summary)).toContain('Deleted by staff [paid online]');
  });

  it('when a booking is in a room no integration links, then Google is not called for it', async () => {
    const since = Date.now();
    await fixture.deliver(bookingCreated(bookingSnapshot(unlinked.id)));
    await fixture.outboundSettled();
    expect(await fixture.google.requests(since)).toEqual([]);
  });

  it('when a booking event names another partner than the booking, then it goes to the dead-letter topic', async () => {
    const booking = bookingSnapshot(roomA.id);
    const forged = { ...bookingCreated(booking), partnerid: randomUUID() };
    await fixture.deliver(forged);
    await eventually(() => {
      const ids = fixture.bookingDeadLetters.events.map((entry) => entry.event.id);
      if (!ids.includes(forged.id)) throw new Error('not dead-lettered yet');
    });
  });
});
