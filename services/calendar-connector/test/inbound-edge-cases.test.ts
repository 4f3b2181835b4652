import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requestSyncs } from '../src/inbound/sync-requests.repository.ts';
import { partnerId, roomUpserted } from './support/booking-events.ts';
import { calendarReader } from './support/calendar-reader.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { serviceAccountEmail } from './support/google-world.ts';
import { type PartnerApi, partnerApi } from './support/partner-api.ts';

let fixture: ConnectorFixture;
let reader: Awaited<ReturnType<typeof calendarReader>>;
let api: PartnerApi;
let google: calendar_v3.Calendar;
let ownerEmail: string;

beforeAll(async () => {
  fixture = await connectorFixture();
  reader = await calendarReader(fixture);
  api = partnerApi(fixture.url, fixture.tokenFor(partnerId));
  const owner = await fixture.google.createUser('manager@escape-partner.test');
  ownerEmail = owner.email;
  google = fixture.google.calendarOf(owner);
});

afterAll(async () => {
  await reader?.stop();
  await fixture?.close();
});

/** A from_calendar integration linking a new room to a new calendar shared with the service account as `role`. */
async function linkedCalendar(role: 'reader' | 'freeBusyReader') {
  const room = { id: randomUUID(), name: `Room ${randomUUID().slice(0, 4)}`, timezone: 'Europe/Warsaw' };
  await fixture.deliver(roomUpserted(room));
  const calendarId = await fixture.google.createCalendar(ownerEmail, room.name, 'Europe/Warsaw');
  await fixture.google.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, {
    email: serviceAccountEmail,
    role,
  });
  const integrationId = (
    await api.post('/v1/integrations', {
      name: 'Staff calendar',
      mode: 'from_calendar',
      dataScope: 'full',
      auth: 'service_account',
    })
  ).body.id;
  const link = await api.put(`/v1/integrations/${integrationId}/rooms/${room.id}`, { calendarId });
  expect(link.status).toBe(200);
  expect((await api.post(`/v1/integrations/${integrationId}/activate`)).body.status).toBe('active');
  const key = { integrationId, calendarId };
  await reader.syncNow(key);
  return { room, key, link: link.body };
}

const eventsOf = (calendarId: string) => reader.changes().filter((change) => change.data.calendarId === calendarId);

describe('calendars shared "free/busy only"', () => {
  it('when linked, then the link says what is hidden, and busy times still reach availability without details', async () => {
    const { key, link } = await linkedCalendar('freeBusyReader');
    expect(link.warning).toContain('free/busy only');
    await google.events.insert({
      calendarId: key.calendarId,
      requestBody: {
        summary: 'Private appointment',
        start: { dateTime: '2027-08-02T10:00:00Z' },
        end: { dateTime: '2027-08-02T11:00:00Z' },
      },
    });
    await reader.syncNow(key);
    const [change] = eventsOf(key.calendarId);
    expect(change?.data.event).toMatchObject({ status: 'confirmed', allDay: false, start: '2027-08-02T10:00:00.000Z' });
    expect(change?.data.event).not.toHaveProperty('summary');
  });
});

describe('recurring series cut short', () => {
  it('when a series is trimmed with UNTIL, then exactly the removed instances are released', async () => {
    const { key } = await linkedCalendar('reader');
    const { data: series } = await google.events.insert({
      calendarId: key.calendarId,
      requestBody: {
        summary: 'Daily cleaning',
        start: { dateTime: '2027-09-01T07:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2027-09-01T08:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=5'],
      },
    });
    await reader.syncNow(key);
    expect(eventsOf(key.calendarId)).toHaveLength(5);
    await google.events.patch({
      calendarId: key.calendarId,
      eventId: series.id as string,
      requestBody: { recurrence: ['RRULE:FREQ=DAILY;UNTIL=20270902T235959Z'] },
    });
    await reader.syncNow(key);
    const cancelled = eventsOf(key.calendarId).filter((change) => change.data.event.status === 'cancelled');
    expect(cancelled.map((change) => change.data.event.id).sort()).toEqual([
      `${series.id}_20270903T070000Z`,
      `${series.id}_20270904T070000Z`,
      `${series.id}_20270905T070000Z`,
    ]);
    expect(await reader.syncNow(key)).toBe(0);
  });
});

describe('sharing changes mid-stream', () => {
  it('when the calendar is shared with someone else, then the invalidated token costs a full sync that publishes nothing twice', async () => {
    const { key } = await linkedCalendar('reader');
    await google.events.insert({
      calendarId: key.calendarId,
      requestBody: {
        summary: 'Before',
        start: { dateTime: '2027-08-03T10:00:00Z' },
        end: { dateTime: '2027-08-03T11:00:00Z' },
      },
    });
    await reader.syncNow(key);
    const since = Date.now();
    await fixture.google.share(key.calendarId, 'colleague@escape-partner.test', 'reader');
    const { data: after } = await google.events.insert({
      calendarId: key.calendarId,
      requestBody: {
        summary: 'After',
        start: { dateTime: '2027-08-04T10:00:00Z' },
        end: { dateTime: '2027-08-04T11:00:00Z' },
      },
    });
    await reader.syncNow(key);
    expect(eventsOf(key.calendarId).map((change) => change.data.event.summary)).toEqual(['Before', 'After']);
    expect(eventsOf(key.calendarId)[1]?.data.event.id).toBe(after.id);
    const lists = (await fixture.google.requests(since)).filter(
      (call) => call.method === 'GET' && call.path.includes('/events'),
    );
    // The first read after the change meets the dead token; every one after it (a backstop may come in between) is fine.
    const statuses = lists.map((call) => call.status);
    expect(statuses[0]).toBe(410);
    expect(statuses.slice(1)).toEqual(Array(Math.max(statuses.length - 1, 1)).fill(200));
  });
});

describe('mode changes', () => {
  it('when the integration stops reading into availability (to_calendar), then its blocks are released, and they return with from_calendar', async () => {
    const { key, room } = await linkedCalendar('reader');
    const { data } = await google.events.insert({
      calendarId: key.calendarId,
      requestBody: {
        summary: 'Blocks',
        start: { dateTime: '2027-08-05T10:00:00Z' },
        end: { dateTime: '2027-08-05T11:00:00Z' },
      },
    });
    await reader.syncNow(key);
    const roomsOver = () => eventsOf(key.calendarId).map((change) => change.data.roomIds);
    expect(roomsOver()).toEqual([[room.id]]);

    expect((await api.patch(`/v1/integrations/${key.integrationId}`, { mode: 'to_calendar' })).status).toBe(200);
    await reader.published();
    await eventually(() => expect(roomsOver()).toEqual([[room.id], []]));

    expect((await api.patch(`/v1/integrations/${key.integrationId}`, { mode: 'from_calendar' })).status).toBe(200);
    await eventually(() => expect(roomsOver()).toEqual([[room.id], [], [room.id]]));
    expect(eventsOf(key.calendarId).every((change) => change.data.event.id === data.id)).toBe(true);
  });
});

describe('a calendar unshared', () => {
  it('when the calendar is no longer shared, then the next sync marks the link access_lost and the partner hears of it', async () => {
    const { key, room } = await linkedCalendar('reader');
    await fixture.google.control.delete(`/calendars/${encodeURIComponent(key.calendarId)}/acl/${serviceAccountEmail}`);
    await requestSyncs(fixture.db, [key]);
    await eventually(async () => {
      const { body } = await api.get(`/v1/integrations/${key.integrationId}`);
      expect(body).toMatchObject({ status: 'error', links: [{ roomId: room.id, health: 'access_lost' }] });
      expect(body.reason).toContain(key.calendarId);
    });
    await eventually(() =>
      expect(
        fixture.integrationEvents.events
          .filter(({ event }) => event.type === 'IntegrationStatusChanged' && event.subject === key.integrationId)
          .map(({ event }) => (event.data as { integration: { status: string } }).integration.status),
      ).toContain('error'),
    );
  });
});

describe('a calendar Google refuses to list', () => {
  it('when listing fails three times running, then the link reports error, and the next sync that works heals it', async () => {
    const { key, room } = await linkedCalendar('reader');
    await fixture.google.control.put('/faults', {
      rules: [{ method: 'GET', path: `${key.calendarId}/events$`, status: 400, reason: 'badRequest', times: 3 }],
    });
    await requestSyncs(fixture.db, [key]);
    const linkOf = async () =>
      (await api.get(`/v1/integrations/${key.integrationId}`)).body.links.find(
        (link: { roomId: string }) => link.roomId === room.id,
      );
    await eventually(async () => expect(await linkOf()).toMatchObject({ health: 'error' }), 30_000);
    expect((await linkOf()).reason).toContain('400');
    await eventually(async () => expect(await linkOf()).toMatchObject({ health: 'ok' }), 30_000);
    await fixture.google.control.put('/faults', { rules: [] });
  });
});
