import { randomUUID } from 'node:crypto';
import { freePort } from '@calbridge/local-stack';
import { startService } from '@calbridge/runtime';
import { startServiceProcess } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readConfig } from '../src/config.ts';
import { startReadingCalendar } from '../src/inbound/sync-requests.repository.ts';
import { service } from '../src/service.ts';
import { roomUpserted } from './support/booking-events.ts';
import { calendarReader } from './support/calendar-reader.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let reader: Awaited<ReturnType<typeof calendarReader>>;
let ownerEmail: string;

beforeAll(async () => {
  // A short lease, so a killed worker's calendar comes back within the test.
  fixture = await connectorFixture({ SYNC_LEASE_SECONDS: '10', SYNC_MIN_INTERVAL_MS: '0' });
  reader = await calendarReader(fixture);
  ownerEmail = (await fixture.google.createUser('owner@resilient-partner.test')).email;
});

afterAll(async () => {
  await reader?.stop();
  await fixture?.close();
});

/** `count` rooms, each linked (bidirectional) to its own calendar, read once. */
async function linkedCalendars(count: number) {
  const links = [];
  for (let index = 0; index < count; index++) {
    const room = { id: randomUUID(), name: `Room ${index}`, timezone: 'Europe/Warsaw' };
    await fixture.deliver(roomUpserted(room));
    const calendarId = await fixture.google.createCalendar(ownerEmail, room.name, 'Europe/Warsaw');
    await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
    links.push({ roomId: room.id, calendarId });
  }
  const { id: integrationId } = await seedServiceAccountIntegration(fixture.db, { links, mode: 'bidirectional' });
  const keys = links.map(({ calendarId }) => ({ integrationId, calendarId }));
  for (const key of keys) await startReadingCalendar(fixture.db, key);
  for (const key of keys) await reader.syncNow(key);
  return keys;
}

const addEvents = async (calendarId: string, count: number, day: number) => {
  const google = fixture.google.calendarOf(await fixture.google.createUser(ownerEmail));
  for (let index = 0; index < count; index++) {
    const start = new Date(Date.UTC(2027, 9, day, 8 + index));
    await google.events.insert({
      calendarId,
      requestBody: {
        summary: `Busy ${day}/${index}`,
        start: { dateTime: start.toISOString() },
        end: { dateTime: new Date(start.getTime() + 3_600_000).toISOString() },
      },
    });
  }
};

/** Each event id with how often it was published in each status. */
const publishedTimes = (calendarIds: string[]) => {
  const counts = new Map<string, number>();
  for (const change of reader.changes()) {
    if (!calendarIds.includes(change.data.calendarId)) continue;
    const key = `${change.data.event.id}/${change.data.event.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

describe('syncs that fail half-way or run twice', () => {
  it('when the connector is killed between reading Google and recording, then the restart publishes every change once', async () => {
    const [key] = await linkedCalendars(1);
    if (!key) throw new Error('no calendar');
    await addEvents(key.calendarId, 3, 1);
    await fixture.stop();
    const connector = await startServiceProcess(new URL('..', import.meta.url).pathname, fixture.env);
    await fixture.google.control.put('/faults', {
      rules: [{ method: 'GET', path: '/events$', delayMs: 3_000, times: 1 }],
    });
    const since = Date.now();
    const synced = reader.syncNow(key).catch(() => undefined);
    // The listing is at Google (delayed there): the connector dies with the changes read but not recorded.
    await waitFor(
      async () =>
        (await fixture.google.control.get<unknown[]>('/requests?since=0')).body.length > 0 &&
        Date.now() - since > 1_000,
    );
    connector.child.kill('SIGKILL');
    await new Promise((resolve) => connector.child.once('exit', resolve));
    await fixture.start();
    await synced;
    await reader.syncNow(key);
    const counts = publishedTimes([key.calendarId]);
    expect([...counts.values()]).toEqual([1, 1, 1]);
  });

  it('when two connector replicas sync the same calendars at once, then no change is lost and none is published twice', async () => {
    const keys = await linkedCalendars(8);
    const second = await startService(service, readConfig({ ...fixture.env, PORT: String(await freePort()) }));
    try {
      for (const [index, key] of keys.entries()) await addEvents(key.calendarId, 2, 10 + index);
      await Promise.all(keys.map((key) => reader.syncNow(key)));
      await Promise.all(keys.map((key) => reader.syncNow(key)));
    } finally {
      await second.close();
    }
    const counts = publishedTimes(keys.map((key) => key.calendarId));
    expect(counts.size).toBe(16);
    expect([...counts.values()].every((times) => times === 1)).toBe(true);
  });
});

async function waitFor(condition: () => Promise<boolean>) {
  for (let tries = 0; tries < 100; tries++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition never held');
}
