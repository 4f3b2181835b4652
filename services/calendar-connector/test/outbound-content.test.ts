import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, bookingUpdated, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let ownerAccount: GoogleUser;
const owner = 'escape-owner@lockme-partner.test';
const rooms = {
  full: { id: randomUUID(), name: 'Pokój Zagadek', timezone: 'America/New_York' },
  no_contact: { id: randomUUID(), name: 'Sherlock', timezone: 'America/New_York' },
  name_only: { id: randomUUID(), name: 'Piwnica', timezone: 'America/New_York' },
};
const calendars: Record<string, string> = {};

beforeAll(async () => {
  fixture = await connectorFixture();
  ownerAccount = await fixture.google.createUser(owner, 'Europe/Warsaw');
  for (const [scope, room] of Object.entries(rooms)) {
    // The calendar lives in Warsaw, the room in New York: the event must carry the room's zone.
    calendars[scope] = await fixture.google.createCalendar(owner, room.name, 'Europe/Warsaw');
    await fixture.google.share(calendars[scope], serviceAccountEmail, 'writer');
    await seedServiceAccountIntegration(fixture.db, {
      dataScope: scope as 'full',
      links: [{ roomId: room.id, calendarId: calendars[scope] }],
    });
  }
  await fixture.deliver(...Object.values(rooms).map(roomUpserted));
});

afterAll(async () => {
  await fixture?.close();
});

const details = {
  status: 'pending_payment' as const,
  paidOnline: true,
  price: { amount: 12000, currency: 'PLN' },
  participants: 4,
  language: 'pl',
  notes: 'Birthday party',
};

async function storedEvent(scope: keyof typeof rooms, bookingId: string) {
  const calendar = fixture.google.calendarOf(ownerAccount);
  const { data } = await calendar.events.get({ calendarId: calendars[scope], eventId: eventIdFor(bookingId) });
  return data;
}

describe('bookings → Google events, by data scope', () => {
  it('when a booking awaits payment, then each scope shows exactly its fields, marked #block and [paid online]', async () => {
    const bookings = {
      full: bookingSnapshot(rooms.full.id, details),
      no_contact: bookingSnapshot(rooms.no_contact.id, details),
      name_only: bookingSnapshot(rooms.name_only.id, details),
    };
    await fixture.deliver(...Object.values(bookings).map(bookingCreated));
    await fixture.outboundSettled();

    const full = await storedEvent('full', bookings.full.id);
    expect(full.summary).toBe('#block Anna Kowalska [paid online]');
    expect(full.description).toBe(
      [
        'Name: Anna Kowalska',
        'Price: 120.00 PLN',
        'E-mail: anna@example.com',
        'Phone: +48 600 700 800',
        'Participants: 4',
        'Language: pl',
        'Notes: Birthday party',
        `Booking: ${bookings.full.id}`,
        'Room: Pokój Zagadek',
        'Visit: 2027-03-10 12:00–13:00 (America/New_York)',
      ].join('\n'),
    );
    expect(full.location).toBe('Pokój Zagadek');
    expect(full.start?.timeZone).toBe('America/New_York');
    expect(new Date(full.start?.dateTime as string).toISOString()).toBe('2027-03-10T17:00:00.000Z');
    expect(new Date(full.end?.dateTime as string).toISOString()).toBe('2027-03-10T18:00:00.000Z');
    expect(full.extendedProperties?.private).toEqual({ calbridgeBookingId: bookings.full.id });
    expect(full.attendees).toBeUndefined();

    const noContact = await storedEvent('no_contact', bookings.no_contact.id);
    expect(noContact.summary).toBe('#block Anna Kowalska [paid online]');
    expect(noContact.description).not.toContain('anna@example.com');
    expect(noContact.description).not.toContain('+48 600 700 800');
    expect(noContact.description).toContain('Participants: 4');
    expect(noContact.location).toBe('Sherlock');

    const nameOnly = await storedEvent('name_only', bookings.name_only.id);
    expect(nameOnly.summary).toBe('#block Anna Kowalska [paid online]');
    expect(nameOnly.description).toBeUndefined();
    expect(nameOnly.location).toBeUndefined();
    expect(nameOnly.start?.timeZone).toBe('America/New_York');
  });

  it('when a booking is paid, then the #block marker disappears and only [paid online] stays', async () => {
    const booking = bookingSnapshot(rooms.name_only.id, details);
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    await fixture.deliver(bookingUpdated({ ...booking, status: 'confirmed', version: 2 }));
    await fixture.outboundSettled();

    expect((await storedEvent('name_only', booking.id)).summary).toBe('Anna Kowalska [paid online]');
  });
});
