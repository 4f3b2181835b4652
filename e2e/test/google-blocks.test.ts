import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { PartnerApi } from '../../services/calendar-connector/test/support/partner-api.ts';
import { appliedFor, blockOf, blocksApplied, releaseOf } from './support/block-events.ts';
import { connectRoomToGoogle } from './support/connect-room.ts';
import { synchronizeCalendars } from './support/synchronize-calendars.ts';
import { type System, startSystem } from './support/system-fixture.ts';

// The room keeps New York time while its Google calendar keeps Warsaw's, so a day resolved in the wrong zone shows.
const roomZone = 'America/New_York';
const partnerId = randomUUID();
let system: System;
let bookings: PartnerApi;
let connector: PartnerApi;
let google: calendar_v3.Calendar;
let roomId: string;
let key: { integrationId: string; calendarId: string };

/** Local midnight in the room's zone, `days` from today (inside the connector's one-year sync horizon). */
const roomDay = (days: number) => DateTime.now().setZone(roomZone).startOf('day').plus({ days });
const bookingAt = (start: DateTime) => ({
  roomId,
  start: start.toUTC().toISO(),
  end: start.plus({ hours: 1 }).toUTC().toISO(),
  name: 'Escape night',
});
/** The events the owner added in Google: the only ones that may block the room. */
const ownerEventIds: string[] = [];
const insertEvent = async (requestBody: calendar_v3.Schema$Event): Promise<string> => {
  const { data } = await google.events.insert({ calendarId: key.calendarId, requestBody });
  ownerEventIds.push(data.id as string);
  return data.id as string;
};

beforeAll(async () => {
  system = await startSystem();
  bookings = system.apiOf(partnerId, 'booking');
  connector = system.apiOf(partnerId, 'connector');
  const connected = await connectRoomToGoogle(system, partnerId, { room: roomZone, calendar: 'Europe/Warsaw' });
  roomId = connected.roomId;
  key = { integrationId: connected.integrationId, calendarId: connected.calendarId };
  google = system.google.calendarOf(connected.owner);
});

afterAll(async () => {
  await system?.close();
});

describe('Google Calendar blocks bookings (issue 11)', () => {
  it('when the owner adds a timed event in Google, then a booking starting inside it is refused, and accepted once the event is deleted', async () => {
    const start = roomDay(20).set({ hour: 10 });
    const eventId = await insertEvent({
      summary: 'Staff training',
      start: { dateTime: start.toISO() },
      end: { dateTime: start.plus({ hours: 2 }).toISO() },
    });
    await synchronizeCalendars(connector, key.integrationId);
    const block = await blockOf(system.availabilityEvents, eventId);
    expect(block).toMatchObject({ roomId, allDay: false });
    expect([Date.parse(block.start), Date.parse(block.end)]).toEqual([
      start.toMillis(),
      start.plus({ hours: 2 }).toMillis(),
    ]);
    await system.bookingCaughtUp();

    const refused = await bookings.post('/v1/bookings', bookingAt(start.plus({ minutes: 30 })));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'slot_blocked', blockId: block.id });

    await google.events.delete({ calendarId: key.calendarId, eventId });
    await synchronizeCalendars(connector, key.integrationId);
    expect(await releaseOf(system.availabilityEvents, block.id)).toMatchObject({ reason: 'event_deleted' });
    await system.bookingCaughtUp();

    const accepted = await bookings.post('/v1/bookings', bookingAt(start.plus({ minutes: 30 })));
    expect(accepted.status).toBe(201);
  });

  it("when the owner adds a red all-day event, then the whole day is closed in the room's timezone, not the calendar's", async () => {
    const day = roomDay(21);
    const eventId = await insertEvent({
      summary: 'Closed for renovation',
      colorId: '11',
      start: { date: day.toISODate() },
      end: { date: day.plus({ days: 1 }).toISODate() },
    });
    await synchronizeCalendars(connector, key.integrationId);
    const block = await blockOf(system.availabilityEvents, eventId);
    expect(block).toMatchObject({ roomId, allDay: true });
    expect([Date.parse(block.start), Date.parse(block.end)]).toEqual([
      day.toMillis(),
      day.plus({ days: 1 }).toMillis(),
    ]);
    await system.bookingCaughtUp();

    // 23:30 in New York is 05:30 of the next day in Warsaw: refused only if the day is the room's.
    const lateEvening = await bookings.post('/v1/bookings', bookingAt(day.set({ hour: 23, minute: 30 })));
    const nextNight = await bookings.post('/v1/bookings', bookingAt(day.plus({ days: 1, minutes: 30 })));
    expect(lateEvening.status).toBe(409);
    expect(lateEvening.body).toMatchObject({ code: 'slot_blocked', blockId: block.id });
    expect(nextNight.status).toBe(201);
  });

  it('when a booking is made in booking-service, then it appears in the Google calendar and never blocks its own room', async () => {
    const start = roomDay(22).set({ hour: 18 });
    const made = await bookings.post('/v1/bookings', { ...bookingAt(start), name: 'Birthday escape' });
    expect(made.status).toBe(201);

    const written = await eventually(async () => {
      const { data } = await google.events.list({
        calendarId: key.calendarId,
        timeMin: start.toISO() as string,
        timeMax: start.plus({ hours: 1 }).toISO() as string,
      });
      const event = data.items?.find((item) => item.extendedProperties?.private?.calbridgeBookingId === made.body.id);
      if (!event) throw new Error(`booking ${made.body.id} not in Google yet`);
      return event;
    });
    expect(written).toMatchObject({ summary: 'Birthday escape', start: { timeZone: roomZone } });
    expect(Date.parse(written.start?.dateTime as string)).toBe(start.toMillis());

    // A foreign event read after it: once its block is out, a block of the booking's own event would be out too.
    await synchronizeCalendars(connector, key.integrationId);
    const laterEventId = await insertEvent({
      summary: 'Cleaning',
      start: { dateTime: start.plus({ hours: 3 }).toISO() },
      end: { dateTime: start.plus({ hours: 4 }).toISO() },
    });
    await synchronizeCalendars(connector, key.integrationId);
    await blockOf(system.availabilityEvents, laterEventId);
    expect(appliedFor(system.availabilityEvents, written.id as string)).toEqual([]);
    const blockingEventIds = new Set(
      blocksApplied(system.availabilityEvents).map(({ data }) => data.block.source.eventId),
    );
    expect([...blockingEventIds].filter((id) => !ownerEventIds.includes(id))).toEqual([]);
    const conflicts = system.availabilityEvents.filter((read) => read.event.type === 'ConflictDetected');
    expect(conflicts).toEqual([]);
  });
});
