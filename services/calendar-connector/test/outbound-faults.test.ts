import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let owner: GoogleUser;
let integrationId: string;
const rooms = {
  a: { id: randomUUID(), name: 'A', timezone: 'UTC' },
  b: { id: randomUUID(), name: 'B', timezone: 'UTC' },
};
const calendars = { a: '', b: '' };

beforeAll(async () => {
  fixture = await connectorFixture({ OUTBOUND_MAX_ATTEMPTS: '3' });
  owner = await fixture.google.createUser('owner@bookingbility-partner.test');
  calendars.a = await fixture.google.createCalendar(owner.email, 'A', 'UTC');
  calendars.b = await fixture.google.createCalendar(owner.email, 'B', 'UTC');
  for (const id of Object.values(calendars)) await fixture.google.share(id, serviceAccountEmail, 'writer');
  integrationId = (
    await seedServiceAccountIntegration(fixture.db, {
      links: [
        { roomId: rooms.a.id, calendarId: calendars.a },
        { roomId: rooms.b.id, calendarId: calendars.b },
      ],
    })
  ).id;
  await fixture.deliver(roomUpserted(rooms.a), roomUpserted(rooms.b));
});

afterAll(async () => {
  await fixture?.close();
});

const faults = (rules: object[]) => fixture.google.control.put('/faults', { rules });
const exists = async (calendarId: string, bookingId: string) =>
  (await fixture.google.calendarOf(owner).events.get({ calendarId, eventId: eventIdFor(bookingId) })).status === 200;
const integration = () =>
  fixture.db
    .selectFrom('integrations')
    .select(['status', 'reason'])
    .where('id', '=', integrationId)
    .executeTakeFirstOrThrow();
const link = (roomId: string) =>
  fixture.db
    .selectFrom('room_links')
    .select(['health', 'reason'])
    .where('room_id', '=', roomId)
    .executeTakeFirstOrThrow();

describe('Google failing', () => {
  it('when Google answers 503 and then 429, then the connector backs off and writes the event, one call per try', async () => {
    await faults([
      { method: 'POST', path: '/events$', times: 1, status: 503, reason: 'backendError' },
      { method: 'POST', path: '/events$', times: 1, status: 429, reason: 'rateLimitExceeded' },
    ]);
    const since = Date.now();
    const booking = bookingSnapshot(rooms.a.id);
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled(30_000);

    expect(await exists(calendars.a, booking.id)).toBe(true);
    const inserts = (await fixture.google.requests(since)).filter(
      (call) => call.method === 'POST' && call.path.endsWith('/events'),
    );
    // The Google client's own retries are off: three tries are three calls, not nine, spaced by the backoff.
    expect(inserts.map((call) => call.status)).toEqual([503, 429, 200]);
    const [first, second, third] = inserts.map((call) => Date.parse(call.at));
    expect((second as number) - (first as number)).toBeGreaterThanOrEqual(1_000);
    expect((third as number) - (second as number)).toBeGreaterThanOrEqual(2_000);
  }, 40_000);

  it('when Google keeps failing, then the change goes to the dead-letter topic with the reason and the integration reports error', async () => {
    await faults([{ method: 'POST', path: '/events$', status: 500, reason: 'backendError' }]);
    const event = bookingCreated(bookingSnapshot(rooms.a.id));
    await fixture.deliver(event);

    const dead = await eventually(() => {
      const found = fixture.bookingDeadLetters.events.find((entry) => entry.event.id === event.id);
      if (!found) throw new Error('not dead-lettered yet');
      return found;
    }, 30_000);
    expect(dead.headers['dlq-reason']).toContain('after 3 attempts');
    expect(await integration()).toMatchObject({ status: 'error' });
    await faults([]);
  }, 40_000);

  it('when a calendar is unshared, then its link reports access_lost with the reason, and the other room goes on', async () => {
    await fixture.google.control.delete(
      `/calendars/${encodeURIComponent(calendars.b)}/acl/${encodeURIComponent(serviceAccountEmail)}`,
    );
    const lost = bookingSnapshot(rooms.b.id);
    const fine = bookingSnapshot(rooms.a.id);
    await fixture.deliver(bookingCreated(lost), bookingCreated(fine));

    await eventually(async () => expect(await link(rooms.b.id)).toMatchObject({ health: 'access_lost' }));
    expect((await link(rooms.b.id)).reason).toContain('404');
    expect((await integration()).reason).toContain(calendars.b);
    await eventually(async () => expect(await exists(calendars.a, fine.id)).toBe(true));
  });
});
