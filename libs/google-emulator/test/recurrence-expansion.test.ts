import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type TestEmulator, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { weekly } from './support/event-bodies.ts';
import { caught } from './support/google-error.ts';
import { syncAll } from './support/sync-all.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let calendars: UserSuite['newCalendar'];
useUserCalendar('recurring@example.com', (started) => ({ emulator, api, newCalendar: calendars } = started));
const newCalendar = () => calendars('Recurring', 'Europe/Berlin');

describe('expansion', () => {
  test('when a series crosses a DST change, then instances keep local time and get Google-style UTC ids', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(4) });
    const { data } = await api.events.list({ calendarId, singleEvents: true });
    expect(data.items?.map((item) => item.id)).toEqual([
      `${master.id}_20250317T090000Z`,
      `${master.id}_20250324T090000Z`,
      `${master.id}_20250331T080000Z`,
      `${master.id}_20250407T080000Z`,
    ]);
    expect(data.items?.[2]).toMatchObject({
      recurringEventId: master.id,
      originalStartTime: { dateTime: '2025-03-31T10:00:00+02:00', timeZone: 'Europe/Berlin' },
      start: { dateTime: '2025-03-31T10:00:00+02:00', timeZone: 'Europe/Berlin' },
      iCalUID: `${master.id}@google.com`,
    });
    expect(data.items?.[2]).not.toHaveProperty('recurrence');
    const plain = await api.events.list({ calendarId });
    expect(plain.data.items?.map((item) => item.recurrence)).toEqual([['RRULE:FREQ=WEEKLY;COUNT=4']]);
  });

  test('when an all-day series is expanded, then instance ids carry the date only', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({
      calendarId,
      requestBody: {
        start: { date: '2025-03-01' },
        end: { date: '2025-03-02' },
        recurrence: ['RRULE:FREQ=DAILY;COUNT=2'],
      },
    });
    const { data } = await api.events.list({ calendarId, singleEvents: true });
    expect(data.items?.map((item) => [item.id, item.start?.date])).toEqual([
      [`${master.id}_20250301`, '2025-03-01'],
      [`${master.id}_20250302`, '2025-03-02'],
    ]);
  });

  test('when a series never ends, then expansion stops at the configured horizon', async () => {
    const calendarId = await newCalendar();
    await emulator.control.put('/settings', { recurrenceHorizonDays: 10 });
    const today = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await api.events.insert({
      calendarId,
      requestBody: { start: { date: today }, end: { date: next }, recurrence: ['RRULE:FREQ=DAILY'] },
    });
    const { data } = await api.events.list({ calendarId, singleEvents: true });
    await emulator.control.put('/settings', { recurrenceHorizonDays: 365 });
    expect(data.items?.length).toBeGreaterThanOrEqual(10);
    expect(data.items?.length).toBeLessThanOrEqual(12);
  });

  test('when an endless series is trimmed, then the instances it loses up to the expansion horizon come back cancelled', async () => {
    await emulator.control.put('/settings', { recurrenceHorizonDays: 10 });
    const calendarId = await newCalendar();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const daily = { start: { date: day(0) }, end: { date: day(1) }, recurrence: ['RRULE:FREQ=DAILY'] };
    const { data: master } = await api.events.insert({ calendarId, requestBody: daily });
    const { syncToken } = await syncAll(api, { calendarId, singleEvents: true });
    const until = day(2).replaceAll('-', '');
    await api.events.patch({
      calendarId,
      eventId: master.id ?? '',
      requestBody: { recurrence: [`RRULE:FREQ=DAILY;UNTIL=${until}`] },
    });
    const { items } = await syncAll(api, { calendarId, singleEvents: true, syncToken });
    await emulator.control.put('/settings', { recurrenceHorizonDays: 365 });
    const gone = items.filter((item) => item.status === 'cancelled');
    expect(items.length - gone.length).toBe(3);
    expect(gone.length).toBeGreaterThanOrEqual(8);
    expect(gone.length).toBeLessThanOrEqual(10);
    expect(gone[0]).toEqual({
      kind: 'calendar#event',
      etag: expect.any(String),
      id: `${master.id}_${day(3).replaceAll('-', '')}`,
      status: 'cancelled',
      recurringEventId: master.id,
      originalStartTime: { date: day(3) },
    });
  });

  test('when a recurring event has no time zone, then 400 "Missing time zone definition for start time."', async () => {
    const error = await caught(
      api.events.insert({
        calendarId: 'primary',
        requestBody: {
          start: { dateTime: '2025-03-17T10:00:00Z' },
          end: { dateTime: '2025-03-17T11:00:00Z' },
          recurrence: ['RRULE:FREQ=DAILY'],
        },
      }),
    );
    expect(error.body.error?.errors?.[0]?.message).toBe('Missing time zone definition for start time.');
  });
});
