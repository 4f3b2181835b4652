import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, useUserCalendar } from './support/emulator-fixture.ts';
import { timed } from './support/event-bodies.ts';
import { caught } from './support/google-error.ts';

let api: CalendarApi;
useUserCalendar('alice@example.com', (started) => ({ api } = started), 'America/Chicago');

describe('events.insert', () => {
  test('when an event is inserted, then it comes back shaped like Google with default fields omitted', async () => {
    const { data, status } = await api.events.insert({
      calendarId: 'primary',
      requestBody: timed('Standup', '2025-03-24T12:30:00Z', '2025-03-24T13:00:00Z'),
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      summary: 'Standup',
      creator: { email: 'alice@example.com', self: true },
      organizer: { email: 'alice@example.com', self: true },
      start: { dateTime: '2025-03-24T07:30:00-05:00' },
      end: { dateTime: '2025-03-24T08:00:00-05:00' },
      iCalUID: `${data.id}@google.com`,
      sequence: 0,
      reminders: { useDefault: true },
      eventType: 'default',
    });
    expect(data.id).toMatch(/^[a-v0-9]{26}$/);
    expect(data.etag).toMatch(/^"\d{16}"$/);
    expect(data.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    for (const absent of ['transparency', 'visibility', 'description', 'location', 'colorId', 'recurrence']) {
      expect(data).not.toHaveProperty(absent);
    }
  });

  test('when the event names its own time zone, then dateTime is rendered in the calendar zone and the zone kept', async () => {
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: {
        start: { dateTime: '2025-06-01T10:00:00', timeZone: 'Europe/Zurich' },
        end: { dateTime: '2025-06-01T11:00:00', timeZone: 'Europe/Zurich' },
      },
    });
    expect(data.start).toEqual({ dateTime: '2025-06-01T03:00:00-05:00', timeZone: 'Europe/Zurich' });
  });

  test('when a client id uses characters outside base32hex, then 400 invalid "Invalid resource id value."', async () => {
    const error = await caught(
      api.events.insert({
        calendarId: 'primary',
        requestBody: { id: 'Booking-42', ...timed('x', '2025-01-01T10:00:00Z', '2025-01-01T11:00:00Z') },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'invalid',
      message: 'Invalid resource id value.',
    });
  });

  test('when a deleted event id is inserted again, then 409 duplicate because the tombstone still holds it', async () => {
    const body = { id: 'booking00042', ...timed('Booking', '2025-01-02T10:00:00Z', '2025-01-02T11:00:00Z') };
    await api.events.insert({ calendarId: 'primary', requestBody: body });
    await api.events.delete({ calendarId: 'primary', eventId: 'booking00042' });
    const error = await caught(api.events.insert({ calendarId: 'primary', requestBody: body }));
    expect(error.status).toBe(409);
    expect(error.body).toEqual({
      error: {
        errors: [{ domain: 'global', reason: 'duplicate', message: 'The requested identifier already exists.' }],
        code: 409,
        message: 'The requested identifier already exists.',
      },
    });
  });

  test('when the end is missing, then 400 required "Missing end time."', async () => {
    const error = await caught(
      api.events.insert({ calendarId: 'primary', requestBody: { start: { date: '2025-01-01' } } }),
    );
    expect(error.status).toBe(400);
    expect(error.body.error?.errors?.[0]).toMatchObject({ reason: 'required', message: 'Missing end time.' });
  });

  test('when the end lies before the start, then 400 timeRangeEmpty', async () => {
    const error = await caught(
      api.events.insert({
        calendarId: 'primary',
        requestBody: timed('x', '2025-01-01T10:00:00Z', '2025-01-01T09:00:00Z'),
      }),
    );
    expect(error.reason).toBe('timeRangeEmpty');
  });
});
