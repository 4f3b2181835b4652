import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bookingCreated, bookingSnapshot, roomUpserted } from './support/booking-events.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let owner: GoogleUser;
// Two integrations of one service account, two rooms each: Google counts each quotaUser's minute on its own
// (reference §5.3), and two calendars let a quotaUser go faster than the connector paces one calendar. Each quotaUser
// gets 500 writes, more than its minute's share (480), so the limiter has to stretch them past a minute.
const rooms = Array.from({ length: 4 }, (_, index) => ({ id: randomUUID(), name: `Room ${index}`, timezone: 'UTC' }));
const calendars = new Map<string, string>();
const share = 600 * 0.8;

beforeAll(async () => {
  fixture = await connectorFixture({ OUTBOUND_CONCURRENCY: '64' });
  // Google's published limits: 600 per user and 10,000 per project a minute, and a per-calendar write burst.
  await fixture.google.control.put('/quotas', { perUserPerMinute: 600, perProjectPerMinute: 10_000 });
  owner = await fixture.google.createUser('owner@bookingbility-partner.test');
  for (const room of rooms) {
    const calendarId = await fixture.google.createCalendar(owner.email, room.name, 'UTC');
    await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
    calendars.set(room.id, calendarId);
  }
  for (let index = 0; index < rooms.length; index += 2) {
    const links = rooms
      .slice(index, index + 2)
      .map((room) => ({ roomId: room.id, calendarId: calendars.get(room.id) as string }));
    await seedServiceAccountIntegration(fixture.db, { links });
  }
  await fixture.deliver(...rooms.map(roomUpserted));
});

afterAll(async () => {
  await fixture?.close();
});

/** The most calls one quotaUser made in any 60 s, by sliding the window over its calls. */
function busiestMinute(times: number[]): number {
  let busiest = 0;
  let first = 0;
  for (let last = 0; last < times.length; last += 1) {
    while ((times[last] as number) - (times[first] as number) >= 60_000) first += 1;
    busiest = Math.max(busiest, last - first + 1);
  }
  return busiest;
}

describe("Google's quotas", () => {
  it('when 1,000 bookings arrive at once, then every event is written, Google never says "slow down", and no minute exceeds 80 %', async () => {
    const since = Date.now();
    const bookings = Array.from({ length: 1_000 }, (_, index) => {
      const room = rooms[index % rooms.length] as (typeof rooms)[number];
      const day = new Date(Date.UTC(2027, 0, 1) + index * 3_600_000);
      return bookingSnapshot(room.id, {
        start: day.toISOString(),
        end: new Date(day.getTime() + 1_800_000).toISOString(),
      });
    });
    await fixture.deliver(...bookings.map(bookingCreated));
    await fixture.outboundSettled(400_000);

    const calls = (await fixture.google.requests(since)).filter((call) => call.path.includes('/events'));
    // A refusal names the pressure Google saw, so a failure says which limit was met: the calendar's writes in the
    // second before it (Google's per-calendar limit, 10 in the emulator) or its quotaUser's calls in the minute.
    const before = (call: (typeof calls)[number], spanMs: number, same: (other: (typeof calls)[number]) => boolean) =>
      calls.filter(
        (other) =>
          same(other) &&
          Date.parse(other.at) <= Date.parse(call.at) &&
          Date.parse(other.at) > Date.parse(call.at) - spanMs,
      ).length;
    const refused = calls
      .filter((call) => call.status === 403 || call.status === 429)
      .map((call) => ({
        at: call.at,
        calendarWritesInSecond: before(call, 1_000, (other) => other.path === call.path && other.method !== 'GET'),
        quotaUserCallsInMinute: before(call, 60_000, (other) => other.quotaUser === call.quotaUser),
      }));
    expect(refused).toEqual([]);
    const byQuotaUser = Map.groupBy(calls, (call) => call.quotaUser ?? 'none');
    expect([...byQuotaUser.keys()].sort()).toHaveLength(rooms.length / 2);
    for (const [, own] of byQuotaUser) {
      expect(own).toHaveLength(500);
      expect(busiestMinute(own.map((call) => Date.parse(call.at)))).toBeLessThanOrEqual(share);
    }
    for (const calendarId of calendars.values()) {
      const listed = await fixture.google.calendarOf(owner).events.list({ calendarId, maxResults: 2_500 });
      expect(listed.data.items).toHaveLength(250);
    }
  }, 450_000);
});
