import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { startReadingCalendar } from '../../src/inbound/sync-requests.repository.ts';
import { roomUpserted } from './booking-events.ts';
import { calendarReader } from './calendar-reader.ts';
import { connectorFixture } from './connector-fixture.ts';
import { serviceAccountEmail } from './google-world.ts';
import { seedServiceAccountIntegration } from './seed-integration.ts';

/**
 * The connector reading one staff calendar (Warsaw) linked bidirectionally to a New York room, already synced once,
 * with the owner's Calendar client and a reader of what availability would hear.
 */
export async function readCalendarFixture() {
  const fixture = await connectorFixture();
  const reader = await calendarReader(fixture);
  const room = { id: randomUUID(), name: 'Escape room 1', timezone: 'America/New_York' };
  const owner = await fixture.google.createUser('staff@lockme-partner.test');
  const calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  await fixture.deliver(roomUpserted(room));
  const integration = await seedServiceAccountIntegration(fixture.db, {
    links: [{ roomId: room.id, calendarId }],
    mode: 'bidirectional',
  });
  const key = { integrationId: integration.id, calendarId };
  await startReadingCalendar(fixture.db, key);
  await reader.syncNow(key);
  return {
    fixture,
    reader,
    room,
    calendarId,
    key,
    google: fixture.google.calendarOf(owner),
    changesOf: (eventId: string) => reader.changes().filter((change) => change.data.event.id === eventId),
    close: async () => {
      await reader.stop();
      await fixture.close();
    },
  };
}

export type ReadCalendarFixture = Awaited<ReturnType<typeof readCalendarFixture>>;

/**
 * The fixture for one test file: made before its tests, closed after them. Tests read its fields inside each test
 * (`const { google, calendarId } = world`), as they exist only once the file's setup ran.
 */
export function useReadCalendar(): ReadCalendarFixture {
  const world = {} as ReadCalendarFixture;
  beforeAll(async () => {
    Object.assign(world, await readCalendarFixture());
  });
  afterAll(async () => {
    await world.close?.();
  });
  return world;
}
