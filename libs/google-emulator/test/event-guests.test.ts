import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, useUserCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

let api: CalendarApi;
useUserCalendar('host@example.com', (started) => ({ api } = started));

const anEvent = { start: { date: '2025-09-01' }, end: { date: '2025-09-02' } };

describe('sendUpdates', () => {
  test('when sendUpdates is outside all|externalOnly|none, then insert, patch and delete answer 400 invalid', async () => {
    const { data } = await api.events.insert({ calendarId: 'primary', requestBody: anEvent, sendUpdates: 'all' });
    const eventId = data.id ?? '';
    const failures = await Promise.all([
      caught(api.events.insert({ calendarId: 'primary', requestBody: anEvent, sendUpdates: 'everyone' })),
      caught(api.events.patch({ calendarId: 'primary', eventId, requestBody: { summary: 'x' }, sendUpdates: 'ALL' })),
      caught(api.events.delete({ calendarId: 'primary', eventId, sendUpdates: 'true' })),
    ]);
    for (const failure of failures) {
      expect(failure.status).toBe(400);
      expect(failure.body.error?.errors?.[0]).toMatchObject({ reason: 'invalid', location: 'sendUpdates' });
    }
    expect((await api.events.delete({ calendarId: 'primary', eventId, sendUpdates: 'externalOnly' })).status).toBe(204);
  });
});

describe('attendees', () => {
  test('when an attendee has no e-mail, then 400 required "Missing attendee email."', async () => {
    const error = await caught(
      api.events.insert({ calendarId: 'primary', requestBody: { ...anEvent, attendees: [{ displayName: 'Ann' }] } }),
    );
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'required',
      message: 'Missing attendee email.',
    });
  });

  test('when an attendee e-mail is malformed, then insert and patch answer 400 invalid "Invalid attendee email."', async () => {
    const attendees = [{ email: 'guest@example.com' }, { email: ' ann at example.com' }];
    const inserted = await caught(api.events.insert({ calendarId: 'primary', requestBody: { ...anEvent, attendees } }));
    expect(inserted.body.error?.errors?.[0]).toEqual({
      domain: 'global',
      reason: 'invalid',
      message: 'Invalid attendee email.',
    });
    const { data } = await api.events.insert({
      calendarId: 'primary',
      requestBody: { ...anEvent, attendees: [attendees[0] ?? {}] },
    });
    const patched = await caught(
      api.events.patch({ calendarId: 'primary', eventId: data.id ?? '', requestBody: { attendees } }),
    );
    expect(patched.status).toBe(400);
    expect(patched.message).toBe('Invalid attendee email.');
  });
});
