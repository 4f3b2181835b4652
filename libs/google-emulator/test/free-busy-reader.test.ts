import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  type CalendarApi,
  createUser,
  startEmulator,
  type TestEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { weekly } from './support/event-bodies.ts';
import { caught } from './support/google-error.ts';
import { syncAll } from './support/sync-all.ts';

const OWNER = 'busy-owner@example.com';
const VIEWER = 'busy-viewer@example.com';
let emulator: TestEmulator;
let owner: CalendarApi;
let viewer: CalendarApi;
let calendarId: string;
const ids = { detailed: '', series: '' };

beforeAll(async () => {
  emulator = await startEmulator({ allowHttpPushOnLoopback: true, settings: { pushMaxAttempts: 1 } });
  owner = userCalendar(emulator, await createUser(emulator, OWNER));
  viewer = userCalendar(emulator, await createUser(emulator, VIEWER));
  const room = { owner: OWNER, summary: 'Busy room', timeZone: 'Europe/Berlin' };
  calendarId = (await emulator.control.post<{ id: string }>('/calendars', room)).body.id;
  const detailed = await owner.events.insert({
    calendarId,
    requestBody: {
      summary: 'Secret',
      description: 'details',
      location: 'Room 4',
      colorId: '11',
      transparency: 'transparent',
      extendedProperties: { private: { booking: 'b-1' } },
      attendees: [{ email: 'guest@example.com' }],
      start: { dateTime: '2025-03-10T09:00:00Z' },
      end: { dateTime: '2025-03-10T10:00:00Z' },
    },
  });
  ids.detailed = detailed.data.id ?? '';
  ids.series = (await owner.events.insert({ calendarId, requestBody: weekly(2) })).data.id ?? '';
  const share = { email: VIEWER, role: 'freeBusyReader' };
  expect((await emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, share)).status).toBe(200);
});
afterAll(async () => {
  await emulator?.close();
});

const freeBusyItem = (id: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  kind: 'calendar#event',
  etag: expect.any(String),
  id,
  status: 'confirmed',
  start: { dateTime: start, ...extra },
  end: { dateTime: end, ...extra },
});

describe('a free/busy reader', () => {
  test('when it lists events, then instances come expanded as with singleEvents and carry times only', async () => {
    const { data } = await viewer.events.list({ calendarId });
    expect(data.accessRole).toBe('freeBusyReader');
    const berlin = { timeZone: 'Europe/Berlin' };
    expect(data.items).toEqual([
      {
        ...freeBusyItem(ids.detailed, '2025-03-10T10:00:00+01:00', '2025-03-10T11:00:00+01:00'),
        transparency: 'transparent',
      },
      freeBusyItem(`${ids.series}_20250317T090000Z`, '2025-03-17T10:00:00+01:00', '2025-03-17T11:00:00+01:00', berlin),
      freeBusyItem(`${ids.series}_20250324T090000Z`, '2025-03-24T10:00:00+01:00', '2025-03-24T11:00:00+01:00', berlin),
    ]);
    expect((await viewer.events.list({ calendarId, singleEvents: false })).data.items).toEqual(data.items);
    const byStart = await viewer.events.list({ calendarId, orderBy: 'startTime' });
    expect(byStart.data.items?.map((item) => item.id)).toEqual(data.items?.map((item) => item.id));
  });

  test('when it gets an event, then the answer has no details either', async () => {
    const { data } = await viewer.events.get({ calendarId, eventId: ids.detailed });
    expect(Object.keys(data).sort()).toEqual(['end', 'etag', 'id', 'kind', 'start', 'status', 'transparency']);
  });

  test('when it writes, then 403 requiredAccessLevel as for a reader', async () => {
    const body = { start: { date: '2025-03-01' }, end: { date: '2025-03-02' } };
    const writes = [
      () => viewer.events.insert({ calendarId, requestBody: body }),
      () => viewer.events.patch({ calendarId, eventId: ids.detailed, requestBody: { summary: 'mine' } }),
      () => viewer.events.delete({ calendarId, eventId: ids.detailed }),
    ];
    for (const write of writes) {
      const error = await caught(write());
      expect([error.status, error.reason]).toEqual([403, 'requiredAccessLevel']);
    }
  });

  test('when it syncs incrementally, then changes arrive without details', async () => {
    const { syncToken } = await syncAll(viewer, { calendarId });
    await owner.events.patch({ calendarId, eventId: ids.detailed, requestBody: { summary: 'Still secret' } });
    const { items } = await syncAll(viewer, { calendarId, syncToken });
    expect(items).toEqual([
      {
        ...freeBusyItem(ids.detailed, '2025-03-10T10:00:00+01:00', '2025-03-10T11:00:00+01:00'),
        transparency: 'transparent',
      },
    ]);
  });

  test('when it watches the calendar or reads its list, then it may, and its role is freeBusyReader', async () => {
    const address = 'http://127.0.0.1:9/hook/free-busy';
    const { data } = await viewer.events.watch({
      calendarId,
      requestBody: { id: 'free-busy', type: 'web_hook', address },
    });
    expect(data.kind).toBe('api#channel');
    const entry = (await viewer.calendarList.get({ calendarId })).data;
    expect(entry.accessRole).toBe('freeBusyReader');
    const { data: list } = await viewer.calendarList.list({ minAccessRole: 'freeBusyReader' });
    expect(list.items?.map((item) => [item.id, item.accessRole])).toContainEqual([calendarId, 'freeBusyReader']);
  });
});
