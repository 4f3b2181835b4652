import { describe, expect, test } from '@jest/globals';
import { type CalendarApi, type TestEmulator, type UserSuite, useUserCalendar } from './support/emulator-fixture.ts';
import { weekly } from './support/event-bodies.ts';
import { caught } from './support/google-error.ts';
import { syncAll } from './support/sync-all.ts';

let emulator: TestEmulator;
let api: CalendarApi;
let newCalendar: UserSuite['newCalendar'];
useUserCalendar('purger@example.com', (started) => ({ emulator, api, newCalendar } = started));

const anEvent = (id: string) => ({ id, start: { date: '2025-06-01' }, end: { date: '2025-06-02' } });
const purge = (calendarId?: string) =>
  emulator.control.post<{ purged: Record<string, string[]> }>('/tombstones/purge', calendarId ? { calendarId } : {});

describe('tombstone purge', () => {
  test('when deleted events are purged, then get and delete answer 404 notFound instead of 200 cancelled and 410', async () => {
    const calendarId = await newCalendar('Purged');
    await api.events.insert({ calendarId, requestBody: anEvent('gone00001') });
    await api.events.insert({ calendarId, requestBody: anEvent('kept00001') });
    await api.events.delete({ calendarId, eventId: 'gone00001' });
    expect((await api.events.get({ calendarId, eventId: 'gone00001' })).data.status).toBe('cancelled');
    expect((await purge(calendarId)).body).toEqual({ purged: { [calendarId]: ['gone00001'] } });
    const got = await caught(api.events.get({ calendarId, eventId: 'gone00001' }));
    expect(got.status).toBe(404);
    expect(got.reason).toBe('notFound');
    expect((await caught(api.events.delete({ calendarId, eventId: 'gone00001' }))).status).toBe(404);
    expect((await api.events.get({ calendarId, eventId: 'kept00001' })).data.status).toBe('confirmed');
  });

  test('when tombstones were purged, then sync tokens issued before answer 410 fullSyncRequired and new ones work', async () => {
    const calendarId = await newCalendar('Synced');
    await api.events.insert({ calendarId, requestBody: anEvent('sink00001') });
    const { syncToken } = await syncAll(api, { calendarId });
    await api.events.delete({ calendarId, eventId: 'sink00001' });
    await purge();
    const error = await caught(api.events.list({ calendarId, syncToken }));
    expect(error.status).toBe(410);
    expect(error.reason).toBe('fullSyncRequired');
    const fresh = await syncAll(api, { calendarId, showDeleted: true });
    expect(fresh.items).toEqual([]);
    expect((await api.events.list({ calendarId, syncToken: fresh.syncToken })).data.items).toEqual([]);
  });

  test('when a purged id is inserted again, then it is accepted as a new event', async () => {
    const calendarId = await newCalendar('Reused');
    await api.events.insert({ calendarId, requestBody: anEvent('again0001') });
    await api.events.delete({ calendarId, eventId: 'again0001' });
    expect((await caught(api.events.insert({ calendarId, requestBody: anEvent('again0001') }))).status).toBe(409);
    await purge(calendarId);
    expect((await api.events.insert({ calendarId, requestBody: anEvent('again0001') })).data.status).toBe('confirmed');
  });

  test('when a series has a cancelled instance, then a purge keeps it hidden; a deleted series goes with its instances', async () => {
    const calendarId = await newCalendar('Series');
    const { data: series } = await api.events.insert({ calendarId, requestBody: weekly(3) });
    const instances = (await api.events.instances({ calendarId, eventId: series.id ?? '' })).data.items ?? [];
    await api.events.delete({ calendarId, eventId: instances[1]?.id ?? '' });
    await purge(calendarId);
    const after = (await api.events.instances({ calendarId, eventId: series.id ?? '' })).data.items ?? [];
    expect(after.map((instance) => instance.id)).toEqual([instances[0]?.id, instances[2]?.id]);
    await api.events.delete({ calendarId, eventId: series.id ?? '' });
    const { body } = await purge(calendarId);
    expect(body.purged[calendarId]?.sort()).toEqual([series.id, instances[1]?.id].sort());
    expect((await caught(api.events.get({ calendarId, eventId: instances[0]?.id ?? '' }))).status).toBe(404);
  });

  test('when a trimmed series is purged, then the instances it lost are forgotten and listed no more', async () => {
    const calendarId = await newCalendar('Trimmed');
    const { data: series } = await api.events.insert({ calendarId, requestBody: weekly(3) });
    await api.events.patch({ calendarId, eventId: series.id ?? '', requestBody: { recurrence: weekly(2).recurrence } });
    const expanded = { calendarId, singleEvents: true, showDeleted: true };
    expect((await api.events.list(expanded)).data.items?.map((item) => item.status)).toContain('cancelled');
    expect((await purge(calendarId)).body).toEqual({ purged: { [calendarId]: [`${series.id}_20250331T080000Z`] } });
    expect((await api.events.list(expanded)).data.items?.map((item) => item.status)).toEqual([
      'confirmed',
      'confirmed',
    ]);
  });
});
