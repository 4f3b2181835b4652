import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startReadingCalendar } from '../src/inbound/sync-requests.repository.ts';
import { roomUpserted } from './support/booking-events.ts';
import { calendarReader } from './support/calendar-reader.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let reader: Awaited<ReturnType<typeof calendarReader>>;

beforeAll(async () => {
  // The backstop at its shortest, so the test sees it come round.
  fixture = await connectorFixture({ SYNC_BACKSTOP_SECONDS: '5' });
  reader = await calendarReader(fixture);
});

afterAll(async () => {
  await reader?.stop();
  await fixture?.close();
});

describe('the backstop sync', () => {
  it('when every push notification is lost, then the backstop still brings the change within its interval', async () => {
    await fixture.google.control.put('/push', { drop: 1 });
    const owner = await fixture.google.createUser('owner@backstop-partner.test');
    const room = { id: randomUUID(), name: 'Cellar', timezone: 'Europe/Warsaw' };
    await fixture.deliver(roomUpserted(room));
    const calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
    await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
    const { id: integrationId } = await seedServiceAccountIntegration(fixture.db, {
      links: [{ roomId: room.id, calendarId }],
      mode: 'from_calendar',
    });
    await startReadingCalendar(fixture.db, { integrationId, calendarId });
    await reader.syncNow({ integrationId, calendarId });

    const { data } = await fixture.google.calendarOf(owner).events.insert({
      calendarId,
      requestBody: { summary: 'Unpushed', start: { date: '2027-10-01' }, end: { date: '2027-10-02' } },
    });
    // Nobody asks for a sync: only the backstop (every 5 s ± 20 %, checked every 5 s) can find it.
    await eventually(() => expect(reader.changes().map((change) => change.data.event.id)).toContain(data.id), 30_000);
    await fixture.google.control.put('/push', {});
  });
});
