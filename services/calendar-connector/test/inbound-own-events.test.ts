import { eventually } from '@calbridge/testkit';
import { describe, expect, it } from '@jest/globals';
import { eventIdFor } from '../src/outbound/event-id.ts';
import { bookingCreated, bookingSnapshot, partnerId } from './support/booking-events.ts';
import { partnerApi } from './support/partner-api.ts';
import { useReadCalendar } from './support/read-calendar.ts';

const world = useReadCalendar();

describe('calbridge’s own events', () => {
  it('when a booking’s event is deleted or moved in Google, then it is written back and the partner is told, and it never becomes EventChanged', async () => {
    const { fixture, reader, google, calendarId, key, room, changesOf } = world;
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

  it('when the "Synchronize calendars" button queues a booking with nothing new to write and its event was moved in Google, then that sync still writes it back', async () => {
    const { fixture, reader, google, calendarId, key, room } = world;
    const booking = bookingSnapshot(room.id, {
      name: 'Queued own event',
      start: '2027-05-08T16:00:00Z',
      end: '2027-05-08T17:00:00Z',
    });
    await fixture.deliver(bookingCreated(booking));
    await fixture.outboundSettled();
    const eventId = eventIdFor(booking.id);
    const requestBody = { start: { dateTime: '2027-05-08T19:00:00Z' }, end: { dateTime: '2027-05-08T20:00:00Z' } };
    await google.events.patch({ calendarId, eventId, requestBody });
    // Queued as the button queues every booking of the room, and not reached by the worker before the calendar is read.
    await fixture.db
      .insertInto('outbound_work')
      .values({
        booking_id: booking.id,
        due_at: new Date(Date.now() + 3_600_000),
        leased_until: null,
        last_error: null,
        failed_at: null,
        trigger_event: null,
      })
      .execute();
    await reader.syncNow(key);
    await fixture.outboundSettled();

    const restored = (await google.events.get({ calendarId, eventId })).data;
    expect(new Date(restored.start?.dateTime as string).toISOString()).toBe('2027-05-08T16:00:00.000Z');
    const told = fixture.integrationEvents.events.map(({ event }) => event.data as { bookingId?: string });
    expect(told).toContainEqual(expect.objectContaining({ bookingId: booking.id, change: 'edited' }));
  });
});

describe('unlinking', () => {
  it('when the room is unlinked, then availability hears every event the calendar blocked with no room left', async () => {
    const { fixture, reader, calendarId, key, room } = world;
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
