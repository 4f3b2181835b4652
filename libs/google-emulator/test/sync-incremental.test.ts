import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { syncAll } from './support/sync-all.ts';

let api: CalendarApi;
let calendars: UserSuite['newCalendar'];
useUserCalendar('syncer@example.com', (started) => ({ api, newCalendar: calendars } = started));
const newCalendar = () => calendars('Sync');

const at = (day: string, hour: number, summary = `event ${hour}`) => ({
  summary,
  start: { dateTime: `${day}T${String(hour).padStart(2, '0')}:00:00Z` },
  end: { dateTime: `${day}T${String(hour).padStart(2, '0')}:30:00Z` },
});

describe('incremental sync', () => {
  test('when events change after a full sync, then the incremental list returns exactly them, deletions as stubs', async () => {
    const calendarId = await newCalendar();
    const kept = await api.events.insert({ calendarId, requestBody: at('2025-09-01', 9) });
    const edited = await api.events.insert({ calendarId, requestBody: at('2025-09-01', 10) });
    const removed = await api.events.insert({ calendarId, requestBody: at('2025-09-01', 11) });
    const full = await syncAll(api, { calendarId });
    expect(full.items).toHaveLength(3);
    await api.events.patch({ calendarId, eventId: edited.data.id ?? '', requestBody: { summary: 'edited' } });
    await api.events.delete({ calendarId, eventId: removed.data.id ?? '' });
    const added = await api.events.insert({ calendarId, requestBody: at('2025-09-02', 9) });
    const incremental = await syncAll(api, { calendarId, syncToken: full.syncToken });
    expect(incremental.items.map((item) => item.id).sort()).toEqual(
      [edited.data.id, removed.data.id, added.data.id].sort(),
    );
    expect(incremental.items.find((item) => item.id === kept.data.id)).toBeUndefined();
    const stub = incremental.items.find((item) => item.id === removed.data.id);
    expect(stub).toEqual({
      kind: 'calendar#event',
      etag: expect.stringMatching(/^"\d+"$/),
      id: removed.data.id,
      status: 'cancelled',
    });
    const quiet = await syncAll(api, { calendarId, syncToken: incremental.syncToken });
    expect(quiet.items).toEqual([]);
  });

  test('when many changes are pending, then the incremental list pages with the same syncToken until nextSyncToken', async () => {
    const calendarId = await newCalendar();
    const { syncToken } = await syncAll(api, { calendarId });
    await Promise.all(
      Array.from({ length: 7 }, (_, i) => api.events.insert({ calendarId, requestBody: at('2025-09-03', i + 1) })),
    );
    const result = await syncAll(api, { calendarId, syncToken, maxResults: 3 });
    expect(result.pages).toBe(3);
    expect(result.items).toHaveLength(7);
  });

  test('when events change while a full listing is paging, then nothing is missed by the next incremental sync', async () => {
    const calendarId = await newCalendar();
    const ids: string[] = [];
    for (let hour = 1; hour <= 4; hour += 1)
      ids.push((await api.events.insert({ calendarId, requestBody: at('2025-09-04', hour) })).data.id ?? '');
    const first = await api.events.list({ calendarId, maxResults: 2 });
    await api.events.patch({ calendarId, eventId: ids[0] ?? '', requestBody: { summary: 'changed after listing' } });
    await api.events.patch({ calendarId, eventId: ids[3] ?? '', requestBody: { summary: 'changed before listing' } });
    const late = await api.events.insert({ calendarId, requestBody: at('2025-09-05', 1) });
    const rest = await syncAll(api, { calendarId, maxResults: 2, pageToken: first.data.nextPageToken ?? '' });
    const seen = [...(first.data.items ?? []), ...rest.items].map((item) => item.id);
    expect(seen).not.toContain(late.data.id);
    const next = await syncAll(api, { calendarId, syncToken: rest.syncToken });
    expect(next.items.map((item) => item.summary).sort()).toEqual(
      ['changed after listing', 'changed before listing', 'event 1'].sort(),
    );
  });

  test('when the full sync was bounded by timeMin, then a token is still issued and later changes outside it arrive', async () => {
    const calendarId = await newCalendar();
    const full = await syncAll(api, { calendarId, timeMin: '2025-09-10T00:00:00Z' });
    await api.events.insert({ calendarId, requestBody: at('2020-01-01', 9, 'long ago') });
    expect((await syncAll(api, { calendarId, syncToken: full.syncToken })).items.map((item) => item.summary)).toEqual([
      'long ago',
    ]);
  });
});
