import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startReadingCalendar } from '../src/inbound/sync-requests.repository.ts';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, otherPartnerId, partnerId, roomUpserted } from './support/booking-events.ts';
import { calendarReader } from './support/calendar-reader.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let reader: Awaited<ReturnType<typeof calendarReader>>;
let api: PartnerApi;
let google: calendar_v3.Calendar;
let calendarId: string;
let integrationId: string;
const room = { id: randomUUID(), name: 'Escape room 2', timezone: 'Europe/Warsaw' };

beforeAll(async () => {
  fixture = await connectorFixture();
  reader = await calendarReader(fixture);
  api = partnerApi(fixture.url, fixture.tokenFor(partnerId));
  const owner = await fixture.google.createUser('owner@lockme-partner.test');
  google = fixture.google.calendarOf(owner);
  calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  await fixture.deliver(roomUpserted(room));
  integrationId = (
    await seedServiceAccountIntegration(fixture.db, { links: [{ roomId: room.id, calendarId }], mode: 'bidirectional' })
  ).id;
  await startReadingCalendar(fixture.db, { integrationId, calendarId });
  await reader.syncNow({ integrationId, calendarId });
});

afterAll(async () => {
  await reader?.stop();
  await fixture?.close();
});

const finished = async (syncId: string) => {
  let answer: Awaited<ReturnType<PartnerApi['get']>> | undefined;
  await eventually(async () => {
    answer = await api.get(`/v1/integrations/${integrationId}/syncs/${syncId}`);
    expect(answer.body.status).toBe('succeeded');
  });
  return answer?.body;
};

describe('POST /v1/integrations/:id/sync', () => {
  it('when a change in Google was never pushed, then from_calendar finds it and reports its progress', async () => {
    const { data } = await google.events.insert({
      calendarId,
      requestBody: { summary: 'Unannounced', start: { date: '2027-07-01' }, end: { date: '2027-07-02' } },
    });
    const started = await api.post(`/v1/integrations/${integrationId}/sync`, { direction: 'from_calendar' });
    expect(started.status).toBe(202);
    expect(await finished(started.body.syncId)).toMatchObject({
      direction: 'from_calendar',
      progress: { calendarsTotal: 1, calendarsDone: 1, eventsChanged: 1, bookingsWritten: 0 },
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
    });
    await reader.published();
    await eventually(() => expect(reader.changes().map((change) => change.data.event.id)).toContain(data.id));
  });

  it('when a booking’s event is gone from Google altogether, then to_calendar writes it again', async () => {
    const booking = bookingSnapshot(room.id, {
      name: 'Lost event',
      start: '2027-07-02T16:00:00Z',
      end: '2027-07-02T17:00:00Z',
    });
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    const eventId = eventIdFor(booking.id);
    await google.events.delete({ calendarId, eventId });
    await fixture.google.control.post('/tombstones/purge', { calendarId });

    const started = await api.post(`/v1/integrations/${integrationId}/sync`, {
      direction: 'to_calendar',
      roomId: room.id,
    });
    expect(await finished(started.body.syncId)).toMatchObject({ roomId: room.id, progress: { bookingsWritten: 1 } });
    await fixture.outboundSettled();
    expect((await google.events.get({ calendarId, eventId })).data).toMatchObject({
      status: 'confirmed',
      summary: 'Lost event',
    });
  });

  it('when the request is malformed or not the partner’s, then 400 names the field and 404 hides the rest', async () => {
    const bad = await api.post(`/v1/integrations/${integrationId}/sync`, { direction: 'sideways' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body.direction');
    const stranger = partnerApi(fixture.url, fixture.tokenFor(otherPartnerId));
    expect((await stranger.post(`/v1/integrations/${integrationId}/sync`, { direction: 'both' })).status).toBe(404);
    const started = await api.post(`/v1/integrations/${integrationId}/sync`, { direction: 'both' });
    expect((await stranger.get(`/v1/integrations/${integrationId}/syncs/${started.body.syncId}`)).status).toBe(404);
    expect(
      (await api.post(`/v1/integrations/${integrationId}/sync`, { direction: 'both', roomId: randomUUID() })).status,
    ).toBe(404);
  });
});

describe('sync metrics', () => {
  it('when /metrics is read, then syncs by kind and outcome, what they caused and overdue calendars are there', async () => {
    const text = await (await fetch(`${fixture.url}/metrics`)).text();
    const value = (series: string) =>
      Number(
        text
          .split('\n')
          .find((line) => line.startsWith(`${series} `))
          ?.slice(series.length + 1) ?? Number.NaN,
      );
    expect(value('connector_calendar_syncs_total{kind="full",outcome="ok"}')).toBeGreaterThanOrEqual(3);
    expect(value('connector_calendar_events_total{effect="changed"}')).toBeGreaterThanOrEqual(1);
    expect(value('connector_calendar_events_total{effect="restored"}')).toBeGreaterThanOrEqual(1);
    expect(value('connector_calendar_syncs_overdue')).toBe(0);
    expect(value('connector_calendar_oldest_sync_age_seconds')).toBeLessThan(900);
  });
});
