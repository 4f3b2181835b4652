import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { weekly } from './support/event-bodies.ts';
import { caught } from './support/google-error.ts';

let api: CalendarApi;
let calendars: UserSuite['newCalendar'];
useUserCalendar('recurring@example.com', (started) => ({ api, newCalendar: calendars } = started));
const newCalendar = () => calendars('Recurring', 'Europe/Berlin');

describe('events.instances', () => {
  test('when instances are listed page by page, then every occurrence arrives once and cancelled ones need showDeleted', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(5) });
    await api.events.delete({ calendarId, eventId: `${master.id}_20250324T090000Z` });
    const first = await api.events.instances({ calendarId, eventId: master.id ?? '', maxResults: 2 });
    const second = await api.events.instances({
      calendarId,
      eventId: master.id ?? '',
      maxResults: 2,
      pageToken: first.data.nextPageToken ?? '',
    });
    expect(first.data.nextSyncToken).toBeUndefined();
    expect([...(first.data.items ?? []), ...(second.data.items ?? [])].map((item) => item.id?.slice(-16))).toEqual([
      '20250317T090000Z',
      '20250331T080000Z',
      '20250407T080000Z',
      '20250414T080000Z',
    ]);
    const withDeleted = await api.events.instances({ calendarId, eventId: master.id ?? '', showDeleted: true });
    expect(withDeleted.data.items?.map((item) => item.status)).toEqual([
      'confirmed',
      'cancelled',
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
  });

  test('when an instance that is not an occurrence is fetched, then 404', async () => {
    const calendarId = await newCalendar();
    const { data: master } = await api.events.insert({ calendarId, requestBody: weekly(2) });
    expect((await caught(api.events.get({ calendarId, eventId: `${master.id}_20250318T090000Z` }))).status).toBe(404);
    expect((await api.events.get({ calendarId, eventId: `${master.id}_20250324T090000Z` })).data.recurringEventId).toBe(
      master.id,
    );
  });
});
