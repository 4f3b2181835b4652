import type { calendar_v3 } from '@googleapis/calendar';
import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

let api: CalendarApi;
let newCalendar: UserSuite['newCalendar'];
useUserCalendar('lister@example.com', (started) => ({ api, newCalendar } = started));

const hourAt = (day: string, hour: number, extra: calendar_v3.Schema$Event = {}) => ({
  start: { dateTime: `${day}T${String(hour).padStart(2, '0')}:00:00Z` },
  end: { dateTime: `${day}T${String(hour + 1).padStart(2, '0')}:00:00Z` },
  ...extra,
});

async function listAll(params: calendar_v3.Params$Resource$Events$List) {
  const pages: calendar_v3.Schema$Events[] = [];
  let pageToken: string | undefined;
  do {
    const { data } = await api.events.list({ ...params, ...(pageToken ? { pageToken } : {}) });
    pages.push(data);
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return pages;
}

describe('paging', () => {
  test('when no maxResults is given, then pages hold 250 events and only the last page has nextSyncToken', async () => {
    const calendarId = await newCalendar('Busy');
    for (let batch = 0; batch < 6; batch += 1) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api.events.insert({ calendarId, requestBody: hourAt('2025-07-01', (batch * 50 + i) % 20) }),
        ),
      );
    }
    const pages = await listAll({ calendarId });
    expect(pages.map((page) => page.items?.length)).toEqual([250, 50]);
    expect(pages[0]?.nextSyncToken).toBeUndefined();
    expect(pages[1]?.nextSyncToken).toBeTruthy();
    expect(new Set(pages.flatMap((page) => page.items?.map((item) => item.id))).size).toBe(300);
  });

  test('when hidden deleted events fill a page, then the page is empty but carries nextPageToken', async () => {
    const calendarId = await newCalendar('Gaps');
    for (const hour of [8, 9, 10]) {
      const { data } = await api.events.insert({ calendarId, requestBody: hourAt('2025-07-02', hour) });
      await api.events.delete({ calendarId, eventId: data.id ?? '' });
    }
    await api.events.insert({ calendarId, requestBody: hourAt('2025-07-02', 11, { summary: 'survivor' }) });
    const pages = await listAll({ calendarId, maxResults: 2 });
    expect(pages[0]?.items).toEqual([]);
    expect(pages[0]?.nextPageToken).toBeTruthy();
    expect(pages.flatMap((page) => page.items?.map((item) => item.summary))).toEqual(['survivor']);
    expect(pages.at(-1)?.nextSyncToken).toBeTruthy();
  });

  test('when maxResults is 0, then 400 invalid naming the parameter', async () => {
    const error = await caught(api.events.list({ calendarId: 'primary', maxResults: 0 }));
    expect(error.body.error?.errors?.[0]).toMatchObject({ reason: 'invalid', location: 'maxResults' });
  });

  test('when showDeleted is true, then cancelled events are listed with their details', async () => {
    const calendarId = await newCalendar('Deleted shown');
    const { data } = await api.events.insert({ calendarId, requestBody: hourAt('2025-07-03', 9, { summary: 'gone' }) });
    await api.events.delete({ calendarId, eventId: data.id ?? '' });
    const { data: list } = await api.events.list({ calendarId, showDeleted: true });
    expect(list.items).toEqual([expect.objectContaining({ id: data.id, status: 'cancelled', summary: 'gone' })]);
    expect((await api.events.list({ calendarId })).data.items).toEqual([]);
  });
});
