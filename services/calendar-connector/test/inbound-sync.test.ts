import { describe, expect, it } from '@jest/globals';
import { useReadCalendar } from './support/read-calendar.ts';

const world = useReadCalendar();

describe('Google Calendar → EventChanged', () => {
  it('when someone adds a timed event, then EventChanged carries it as instants for every linked room, once', async () => {
    const { reader, google, calendarId, key, room, changesOf } = world;
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
    const { reader, google, calendarId, key, changesOf } = world;
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
    const { reader, google, calendarId, key, changesOf } = world;
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
    const { reader, google, calendarId, key } = world;
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
    const { fixture, reader, google, calendarId, key, changesOf } = world;
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
