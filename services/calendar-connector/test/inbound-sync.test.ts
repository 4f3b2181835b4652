import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startReadingCalendar } from '../src/inbound/sync-requests.repository.ts';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, partnerId, roomUpserted } from './support/booking-events.ts';
import { calendarReader } from './support/calendar-reader.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';
import { type GoogleUser, serviceAccountEmail } from './support/google-world.ts';
import { partnerApi } from './support/partner-api.ts';
import { seedServiceAccountIntegration } from './support/seed-integration.ts';

let fixture: ConnectorFixture;
let reader: Awaited<ReturnType<typeof calendarReader>>;
let owner: GoogleUser;
let google: calendar_v3.Calendar;
let calendarId: string;
let key: { integrationId: string; calendarId: string };
const room = { id: randomUUID(), name: 'Escape room 1', timezone: 'America/New_York' };

beforeAll(async () => {
  fixture = await connectorFixture();
  reader = await calendarReader(fixture);
  owner = await fixture.google.createUser('staff@lockme-partner.test');
  google = fixture.google.calendarOf(owner);
  calendarId = await fixture.google.createCalendar(owner.email, room.name, 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  await fixture.deliver(roomUpserted(room));
  const integration = await seedServiceAccountIntegration(fixture.db, {
    links: [{ roomId: room.id, calendarId }],
    mode: 'bidirectional',
  });
  key = { integrationId: integration.id, calendarId };
  await startReadingCalendar(fixture.db, key);
  await reader.syncNow(key);
});

afterAll(async () => {
  await reader?.stop();
  await fixture?.close();
});

const changesOf = (eventId: string) => reader.changes().filter((change) => change.data.event.id === eventId);

describe('Google Calendar → EventChanged', () => {
  it('when someone adds a timed event, then EventChanged carries it as instants for every linked room, once', async () => {
    const { data } = await google.events.insert({
      calendarId,
      requestBody: {
        summary: 'Staff training',
        start: { dateTime: '2027-05-03T10:00:00+02:00' },
        end: { dateTime: '2027-05-03T12:00:00+02:00' },
      },
    });
    await reader.syncNow(key);
    expect(changesOf(data.id as string).map((change) => change.data)).toEqual([
      {
        integrationId: key.integrationId,
        calendarId,
        roomIds: [room.id],
        event: expect.objectContaining({
          id: data.id,
          status: 'confirmed',
          allDay: false,
          start: '2027-05-03T08:00:00.000Z',
          end: '2027-05-03T10:00:00.000Z',
          transparency: 'opaque',
          summary: 'Staff training',
        }),
      },
    ]);
    expect(await reader.syncNow(key)).toBe(0);
    expect(await reader.syncNow(key, { full: true })).toBe(0);
  });

  it('when someone adds a red all-day event, then it carries dates, never instants', async () => {
    const { data } = await google.events.insert({
      calendarId,
      requestBody: { summary: 'Closed', colorId: '11', start: { date: '2027-05-10' }, end: { date: '2027-05-12' } },
    });
    await reader.syncNow(key);
    const [change] = changesOf(data.id as string);
    expect(change?.data.event).toMatchObject({
      allDay: true,
      startDate: '2027-05-10',
      endDate: '2027-05-12',
      colorId: '11',
    });
    expect(change?.data.event).not.toHaveProperty('start');
  });

  it('when someone deletes an event, then EventChanged says cancelled, once', async () => {
    const { data } = await google.events.insert({
      calendarId,
      requestBody: {
        summary: 'Soon gone',
        start: { dateTime: '2027-05-04T10:00:00Z' },
        end: { dateTime: '2027-05-04T11:00:00Z' },
      },
    });
    await reader.syncNow(key);
    await google.events.delete({ calendarId, eventId: data.id as string });
    await reader.syncNow(key);
    await reader.syncNow(key);
    expect(changesOf(data.id as string).map((change) => change.data.event.status)).toEqual(['confirmed', 'cancelled']);
  });

  it('when a weekly series is added and one instance cancelled, then each instance is its own event and only that one is released', async () => {
    const { data: series } = await google.events.insert({
      calendarId,
      requestBody: {
        summary: 'Weekly maintenance',
        start: { dateTime: '2027-06-01T08:00:00Z', timeZone: 'UTC' },
        end: { dateTime: '2027-06-01T09:00:00Z', timeZone: 'UTC' },
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
      },
    });
    await reader.syncNow(key);
    const ofSeries = () => reader.changes().filter((change) => change.data.event.recurringEventId === series.id);
    expect(ofSeries()).toHaveLength(3);
    const { data: instances } = await google.events.instances({ calendarId, eventId: series.id as string });
    const second = instances.items?.[1]?.id as string;
    await google.events.delete({ calendarId, eventId: second });
    await reader.syncNow(key);
    const released = reader
      .changes()
      .filter((change) => change.data.event.status === 'cancelled' && change.data.event.id === second);
    expect(released).toHaveLength(1);
    expect(ofSeries().filter((change) => change.data.event.status === 'cancelled')).toHaveLength(1);
  });

  it('when Google invalidates the sync token and an event vanished meanwhile, then a full sync releases exactly that event', async () => {
    const { data: kept } = await google.events.insert({
      calendarId,
      requestBody: {
        summary: 'Kept',
        start: { dateTime: '2027-05-05T10:00:00Z' },
        end: { dateTime: '2027-05-05T11:00:00Z' },
      },
    });
    const { data: gone } = await google.events.insert({
      calendarId,
      requestBody: {
        summary: 'Gone',
        start: { dateTime: '2027-05-06T10:00:00Z' },
        end: { dateTime: '2027-05-06T11:00:00Z' },
      },
    });
    await reader.syncNow(key);
    const before = reader.changes().length;
    await google.events.delete({ calendarId, eventId: gone.id as string });
    await fixture.google.control.post('/tombstones/purge', { calendarId });
    await fixture.google.control.post('/sync-tokens/invalidate', { calendarId });
    await reader.syncNow(key);
    const after = reader.changes().slice(before);
    expect(after.map((change) => [change.data.event.id, change.data.event.status])).toEqual([[gone.id, 'cancelled']]);
    expect(changesOf(kept.id as string)).toHaveLength(1);
  });
});

describe('calbridge’s own events', () => {
  it('when a booking’s event is deleted or moved in Google, then it is written back and the partner is told, and it never becomes EventChanged', async () => {
    const booking = bookingSnapshot(room.id, {
      name: 'Own event',
      start: '2027-05-07T16:00:00Z',
      end: '2027-05-07T17:00:00Z',
    });
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    const eventId = eventIdFor(booking.id);
    await reader.syncNow(key);

    await google.events.delete({ calendarId, eventId });
    await reader.syncNow(key);
    await fixture.outboundSettled();
    expect((await google.events.get({ calendarId, eventId })).data).toMatchObject({
      status: 'confirmed',
      summary: 'Own event',
    });

    await google.events.patch({
      calendarId,
      eventId,
      requestBody: { start: { dateTime: '2027-05-07T19:00:00Z' }, end: { dateTime: '2027-05-07T20:00:00Z' } },
    });
    await reader.syncNow(key);
    await fixture.outboundSettled();
    const restored = (await google.events.get({ calendarId, eventId })).data;
    expect(new Date(restored.start?.dateTime as string).toISOString()).toBe('2027-05-07T16:00:00.000Z');

    await reader.syncNow(key);
    expect(changesOf(eventId)).toEqual([]);
    await eventually(() =>
      expect(
        fixture.integrationEvents.events
          .filter(({ event }) => event.type === 'BookingEventRestored')
          .map(({ event }) => event.data),
      ).toEqual([
        expect.objectContaining({ bookingId: booking.id, roomId: room.id, eventId, change: 'deleted' }),
        expect.objectContaining({ bookingId: booking.id, eventId, change: 'edited', fields: ['start', 'end'] }),
      ]),
    );
  });
});

describe('unlinking', () => {
  it('when the room is unlinked, then availability hears every event the calendar blocked with no room left', async () => {
    const before = reader.changes().length;
    const blocking = await fixture.db
      .selectFrom('calendar_events')
      .select('event_id')
      .where('calendar_id', '=', calendarId)
      .execute();
    const api = partnerApi(fixture.url, fixture.tokenFor(partnerId));
    expect((await api.delete(`/v1/integrations/${key.integrationId}/rooms/${room.id}`)).status).toBe(204);
    await reader.published();
    await eventually(() => expect(reader.changes().length - before).toBe(blocking.length));
    const released = reader.changes().slice(before);
    expect(released.every((change) => change.data.roomIds.length === 0)).toBe(true);
    expect(new Set(released.map((change) => change.data.event.id))).toEqual(
      new Set(blocking.map((row) => row.event_id)),
    );
    expect(await fixture.db.selectFrom('calendar_syncs').selectAll().execute()).toEqual([]);
  });
});
