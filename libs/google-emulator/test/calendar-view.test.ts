import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type TestEmulator, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let newCalendar: UserSuite['newCalendar'];
useUserCalendar('viewer@example.com', (started) => ({ emulator, api, newCalendar } = started));

interface CalendarView {
  id: string;
  owner: string;
  sharedWith: { email: string; role: string }[];
  events: { id: string; summary?: string; start: { dateTime?: string; date?: string } }[];
}

describe('calendar view (control API)', () => {
  test('when a person opens a calendar, then it shows who it is shared with and its live events in time order', async () => {
    const calendarId = await newCalendar('Front desk');
    await emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, {
      email: 'sa@project.iam.gserviceaccount.com',
      role: 'writer',
    });
    const at = (hour: string) => ({ dateTime: `2026-12-01T${hour}:00:00Z` });
    await api.events.insert({
      calendarId,
      requestBody: { id: 'later0001', summary: 'Later', start: at('15'), end: at('16') },
    });
    await api.events.insert({
      calendarId,
      requestBody: { id: 'gone00001', summary: 'Gone', start: at('09'), end: at('10') },
    });
    await api.events.insert({
      calendarId,
      requestBody: { id: 'first0001', summary: 'Early', start: at('08'), end: at('09') },
    });
    await api.events.delete({ calendarId, eventId: 'gone00001' });

    const view = await emulator.control.get<CalendarView>(`/calendars/${encodeURIComponent(calendarId)}`);
    expect(view.status).toBe(200);
    expect(view.body.owner).toBe('viewer@example.com');
    expect(view.body.sharedWith).toContainEqual({ email: 'sa@project.iam.gserviceaccount.com', role: 'writer' });
    expect(view.body.events.map((event) => event.summary)).toEqual(['Early', 'Later']);
  });

  test('when the calendar does not exist, then 404', async () => {
    expect((await emulator.control.get('/calendars/nope@group.calendar.google.com')).status).toBe(404);
  });
});
