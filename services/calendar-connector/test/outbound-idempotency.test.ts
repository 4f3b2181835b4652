import { randomUUID } from 'node:crypto';
import { startServiceProcess } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bookingCreated, bookingSnapshot, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let owner: GoogleUser;
let calendarId: string;
const room = { id: randomUUID(), name: 'Laboratorium', timezone: 'Europe/Warsaw' };

beforeAll(async () => {
  // A short lease, so the crashed worker's booking comes back within the test.
  fixture = await connectorFixture({ OUTBOUND_LEASE_SECONDS: '2' });
  owner = await fixture.google.createUser('owner@bookingbility-partner.test');
  calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  await seedServiceAccountIntegration(fixture.db, { links: [{ roomId: room.id, calendarId }] });
  await fixture.deliver(roomUpserted(room));
});

afterAll(async () => {
  await fixture?.close();
});

const eventsFor = async (bookingId: string) =>
  (
    await fixture.google.calendarOf(owner).events.list({
      calendarId,
      privateExtendedProperty: [`calbridgeBookingId=${bookingId}`],
      showDeleted: true,
    })
  ).data.items ?? [];

const eventWrites = (requests: { method: string; path: string }[]) =>
  requests.filter((request) => request.method !== 'GET' && request.path.includes('/events'));

describe('no second Google event, whatever is delivered twice', () => {
  it('when the whole booking history is delivered again, under the same or new event ids, then Google is not called', async () => {
    const created = Array.from({ length: 5 }, (_, hour) =>
      bookingCreated(
        bookingSnapshot(room.id, { start: `2027-04-0${hour + 1}T10:00:00Z`, end: `2027-04-0${hour + 1}T11:00:00Z` }),
      ),
    );
    await fixture.deliver(...created);
    await fixture.outboundSettled();
    const since = Date.now();

    // An offset reset replays the same events; an upstream retry could copy them under new ids.
    const copies = created.map((event) => ({ ...event, id: randomUUID() }));
    await fixture.deliver(roomUpserted(room), ...created, ...copies);
    await fixture.outboundSettled();

    expect(eventWrites(await fixture.google.requests(since))).toEqual([]);
    for (const event of created) expect(await eventsFor(event.data.booking.id)).toHaveLength(1);
  });

  it('when the connector is killed after Google wrote the event but before it was recorded, then the restart makes no second one', async () => {
    await fixture.stop();
    const connector = await startServiceProcess(new URL('..', import.meta.url).pathname, fixture.env);
    // Google stores the event, but its answer comes after the connector is gone.
    await fixture.google.control.put('/faults', {
      rules: [{ method: 'POST', path: '/events$', delayMs: 2_500, times: 1 }],
    });
    const booking = bookingSnapshot(room.id, { start: '2027-04-20T10:00:00Z', end: '2027-04-20T11:00:00Z' });
    const since = Date.now();
    await fixture.deliver(bookingCreated(booking));
    await waitForInsertStarted(since);
    connector.child.kill('SIGKILL');
    await new Promise((resolve) => connector.child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await eventsFor(booking.id)).toHaveLength(1);

    await fixture.start();
    await fixture.outboundSettled();

    const events = await eventsFor(booking.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe('confirmed');
    expect(events[0]?.summary).toBe('Anna Kowalska');
  });
});

/** The connector's insert reached Google (the emulator logs a call when it answers, so poll the queue instead). */
async function waitForInsertStarted(since: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const leased = await fixture.db.selectFrom('outbound_work').select('leased_until').executeTakeFirst();
    if (leased?.leased_until) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the connector never took the booking (since ${since})`);
}
