import type { calendar_v3 } from '@googleapis/calendar';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { type CalendarApi, type TestEmulator, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let newCalendar: UserSuite['newCalendar'];
useUserCalendar('lister@example.com', (started) => ({ emulator, api, newCalendar } = started));

const hourAt = (day: string, hour: number, extra: calendar_v3.Schema$Event = {}) => ({
  start: { dateTime: `${day}T${String(hour).padStart(2, '0')}:00:00Z` },
  end: { dateTime: `${day}T${String(hour + 1).padStart(2, '0')}:00:00Z` },
  ...extra,
});

describe('filters', () => {
  let calendarId: string;

  beforeAll(async () => {
    calendarId = await newCalendar('Filters');
    await api.events.insert({
      calendarId,
      requestBody: hourAt('2025-08-01', 10, {
        summary: 'ten',
        extendedProperties: { private: { kind: 'booking', room: 'a' } },
      }),
    });
    await api.events.insert({
      calendarId,
      requestBody: hourAt('2025-08-01', 8, {
        summary: 'eight',
        extendedProperties: { private: { kind: 'booking', room: 'b' } },
      }),
    });
    await api.events.insert({ calendarId, requestBody: hourAt('2025-08-01', 12, { summary: 'twelve team lunch' }) });
  });

  const summaries = (data: calendar_v3.Schema$Events) => data.items?.map((item) => item.summary);

  test('when timeMin equals an event end or timeMax its start, then it is outside; overlapping ones are inside', async () => {
    const { data } = await api.events.list({
      calendarId,
      timeMin: '2025-08-01T09:00:00Z',
      timeMax: '2025-08-01T12:00:00Z',
    });
    expect(summaries(data)).toEqual(['ten']);
    expect(data.nextSyncToken).toBeTruthy();
    const overlapping = await api.events.list({
      calendarId,
      timeMin: '2025-08-01T10:59:00Z',
      timeMax: '2025-08-01T12:00:01Z',
    });
    expect(summaries(overlapping.data)).toEqual(['ten', 'twelve team lunch']);
  });

  test('when timeMin is not before timeMax, then 400 timeRangeEmpty located at timeMax', async () => {
    const error = await caught(
      api.events.list({ calendarId, timeMin: '2025-08-02T00:00:00Z', timeMax: '2025-08-01T00:00:00Z' }),
    );
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
      locationType: 'parameter',
      location: 'timeMax',
    });
  });

  test('when timeMin has no offset, then 400', async () => {
    expect((await caught(api.events.list({ calendarId, timeMin: '2025-08-01T09:00:00' }))).status).toBe(400);
  });

  test('when filtering by a private extended property, then only matching events return and no nextSyncToken', async () => {
    const { data } = await api.events.list({ calendarId, privateExtendedProperty: ['kind=booking'] });
    expect(summaries(data)).toEqual(['ten', 'eight']);
    expect(data.nextSyncToken).toBeUndefined();
    expect(data.nextPageToken).toBeUndefined();
  });

  test('when two constraints are given, then all must match by default and any in "any" mode', async () => {
    const both = { calendarId, privateExtendedProperty: ['room=a', 'room=b'] };
    expect(summaries((await api.events.list(both)).data)).toEqual([]);
    await emulator.control.put('/settings', { extendedPropertyMatch: 'any' });
    expect(summaries((await api.events.list(both)).data)).toEqual(['ten', 'eight']);
    await emulator.control.put('/settings', { extendedPropertyMatch: 'all' });
  });

  test('when constraints on different keys are repeated, then "all" needs every one and PUT /settings switches to "any"', async () => {
    const mixed = { calendarId, privateExtendedProperty: ['kind=booking', 'room=a'] };
    expect(summaries((await api.events.list(mixed)).data)).toEqual(['ten']);
    const switched = await emulator.control.put<{ extendedPropertyMatch: string }>('/settings', {
      extendedPropertyMatch: 'any',
    });
    expect(switched.body.extendedPropertyMatch).toBe('any');
    expect(
      (await emulator.control.get<{ extendedPropertyMatch: string }>('/settings')).body.extendedPropertyMatch,
    ).toBe('any');
    expect(summaries((await api.events.list(mixed)).data)).toEqual(['ten', 'eight']);
    await emulator.control.put('/settings', { extendedPropertyMatch: 'all' });
    expect(summaries((await api.events.list(mixed)).data)).toEqual(['ten']);
  });

  test('when q is given, then it matches text and suppresses nextSyncToken', async () => {
    const { data } = await api.events.list({ calendarId, q: 'LUNCH' });
    expect(summaries(data)).toEqual(['twelve team lunch']);
    expect(data.nextSyncToken).toBeUndefined();
  });

  test('when orderBy=startTime is asked without singleEvents, then 400 "The requested ordering is not available"', async () => {
    const error = await caught(api.events.list({ calendarId, orderBy: 'startTime' }));
    expect(error.status).toBe(400);
    expect(error.message).toBe('The requested ordering is not available for the particular query.');
  });

  test('when orderBy=startTime with singleEvents, then events come in start order and no nextSyncToken', async () => {
    const { data } = await api.events.list({ calendarId, orderBy: 'startTime', singleEvents: true });
    expect(summaries(data)).toEqual(['eight', 'ten', 'twelve team lunch']);
    expect(data.nextSyncToken).toBeUndefined();
  });

  test('when a timeZone parameter is given, then times and the envelope use that zone', async () => {
    const { data } = await api.events.list({ calendarId, timeZone: 'Asia/Tokyo', q: 'ten' });
    expect(data.timeZone).toBe('Asia/Tokyo');
    expect(data.items?.[0]?.start).toEqual({ dateTime: '2025-08-01T19:00:00+09:00' });
  });
});
