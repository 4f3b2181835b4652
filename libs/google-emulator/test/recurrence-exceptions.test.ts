import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { weekly } from './support/event-bodies.ts';

let api: CalendarApi;
let calendars: UserSuite['newCalendar'];
useUserCalendar('recurring@example.com', (started) => ({ api, newCalendar: calendars } = started));
const newCalendar = () => calendars('Recurring', 'Europe/Berlin');

async function syncToken(calendarId: string, singleEvents = false): Promise<string> {
  const { data } = await api.events.list({ calendarId, singleEvents, maxResults: 2500 });
  return data.nextSyncToken ?? '';
}

describe('exceptions and cancelled instances', () => {
  test('when one instance is edited, then incremental sync returns the exception and the series', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(3) });
    const token = await syncToken(calendarId);
    const instanceId = `${master.id}_20250324T090000Z`;
    const { data: exception } = await api.events.patch({
      calendarId,
      eventId: instanceId,
      requestBody: {
        summary: 'Moved',
        start: { dateTime: '2025-03-24T12:00:00+01:00' },
        end: { dateTime: '2025-03-24T13:00:00+01:00' },
      },
    });
    expect(exception).toMatchObject({ id: instanceId, recurringEventId: master.id, summary: 'Moved', sequence: 1 });
    const { data } = await api.events.list({ calendarId, syncToken: token });
    expect(data.items?.map((item) => item.id).sort()).toEqual([master.id, instanceId].sort());
    const single = await api.events.list({ calendarId, singleEvents: true });
    expect(single.data.items?.map((item) => item.summary)).toEqual(['Weekly', 'Moved', 'Weekly']);
  });

  test('when one instance is deleted, then it comes back as a cancelled instance stub, even in a plain full list', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(3) });
    const token = await syncToken(calendarId);
    const instanceId = `${master.id}_20250331T080000Z`;
    await api.events.delete({ calendarId, eventId: instanceId });
    const { data } = await api.events.list({ calendarId, syncToken: token });
    expect(data.items).toContainEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: instanceId,
      status: 'cancelled',
      recurringEventId: master.id,
      originalStartTime: { dateTime: '2025-03-31T10:00:00+02:00', timeZone: 'Europe/Berlin' },
    });
    expect(data.items?.find((item) => item.id === master.id)?.status).toBe('confirmed');
    const full = await api.events.list({ calendarId });
    expect(full.data.items?.map((item) => item.status)).toEqual(['confirmed', 'cancelled']);
    const single = await api.events.list({ calendarId, singleEvents: true });
    expect(single.data.items).toHaveLength(2);
  });

  test('when the whole series is deleted, then incremental sync reports one id-only tombstone', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(3) });
    const token = await syncToken(calendarId);
    const singleToken = await syncToken(calendarId, true);
    await api.events.delete({ calendarId, eventId: master.id ?? '' });
    const { data } = await api.events.list({ calendarId, syncToken: token });
    expect(data.items).toEqual([
      { kind: 'calendar#event', etag: expect.any(String), id: master.id, status: 'cancelled' },
    ]);
    const expanded = await api.events.list({ calendarId, syncToken: singleToken, singleEvents: true });
    expect(expanded.data.items?.map((item) => [item.status, item.recurringEventId])).toEqual([
      ['cancelled', master.id],
      ['cancelled', master.id],
      ['cancelled', master.id],
    ]);
  });

  test('when a series is cut short before an exception, then the exception is reported with its id only', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(4) });
    const late = `${master.id}_20250407T080000Z`;
    await api.events.patch({ calendarId, eventId: late, requestBody: { summary: 'late exception' } });
    const token = await syncToken(calendarId);
    await api.events.patch({
      calendarId,
      eventId: master.id ?? '',
      requestBody: { recurrence: ['RRULE:FREQ=WEEKLY;UNTIL=20250325T000000Z'] },
    });
    const { data } = await api.events.list({ calendarId, syncToken: token });
    expect(data.items).toContainEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: late,
      status: 'cancelled',
    });
  });
});
