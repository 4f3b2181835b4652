import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  type CalendarApi,
  createUser,
  type ServiceAccountKey,
  serviceAccountCalendar,
  startEmulator,
  type TestEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

const USER = 'lister@example.com';
const SA = 'lister@calbridge.iam.gserviceaccount.com';
let emulator: TestEmulator;
let api: CalendarApi;
const ids = { own: '', read: '', write: '' };

const newCalendar = async (owner: string, summary: string) =>
  (await emulator.control.post<{ id: string }>('/calendars', { owner, summary, timeZone: 'Europe/Berlin' })).body.id;
const share = (calendarId: string, email: string, role: string) =>
  emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email, role });

beforeAll(async () => {
  emulator = await startEmulator();
  api = userCalendar(emulator, await createUser(emulator, USER));
  await createUser(emulator, 'other@example.com');
  ids.own = await newCalendar(USER, 'Own');
  ids.read = await newCalendar('other@example.com', 'Shared to read');
  ids.write = await newCalendar('other@example.com', 'Shared to write');
  await newCalendar('other@example.com', 'Not shared');
  await share(ids.read, USER, 'reader');
  await share(ids.write, USER, 'writer');
  await share('other@example.com', USER, 'reader');
});
afterAll(async () => {
  await emulator?.close();
});

describe('calendarList.list', () => {
  test('when a user lists, then own and shared calendars appear with their role, the primary first and flagged, then in creation order', async () => {
    const { data } = await api.calendarList.list();
    expect(data.kind).toBe('calendar#calendarList');
    expect(data.items?.map((item) => [item.id, item.accessRole, item.primary ?? false])).toEqual([
      [USER, 'owner', true],
      ['other@example.com', 'reader', false],
      [ids.own, 'owner', false],
      [ids.read, 'reader', false],
      [ids.write, 'writer', false],
    ]);
    expect(data.items?.[2]).toMatchObject({
      kind: 'calendar#calendarListEntry',
      summary: 'Own',
      timeZone: 'Europe/Berlin',
    });
  });

  test('when minAccessRole is writer, then calendars shared to read are left out', async () => {
    const { data } = await api.calendarList.list({ minAccessRole: 'writer' });
    expect(data.items?.map((item) => item.id)).toEqual([USER, ids.own, ids.write]);
  });

  test('when maxResults is 2, then pages follow nextPageToken; a token used with another minAccessRole answers 400', async () => {
    const first = (await api.calendarList.list({ maxResults: 2 })).data;
    const second = (await api.calendarList.list({ maxResults: 2, pageToken: first.nextPageToken ?? '' })).data;
    const third = (await api.calendarList.list({ maxResults: 2, pageToken: second.nextPageToken ?? '' })).data;
    expect([first, second, third].map((page) => page.items?.length)).toEqual([2, 2, 1]);
    expect(third.nextPageToken).toBeUndefined();
    const error = await caught(api.calendarList.list({ minAccessRole: 'owner', pageToken: first.nextPageToken ?? '' }));
    expect(error.status).toBe(400);
  });

  test('when a user has more than 250 calendars, then pages hold 100 by default and never more than 250', async () => {
    const many = await createUser(emulator, 'many@example.com');
    for (let i = 0; i < 255; i += 1) await newCalendar(many.email, `Room ${i}`);
    const manyApi = userCalendar(emulator, many);
    expect((await manyApi.calendarList.list()).data.items).toHaveLength(100);
    const big = (await manyApi.calendarList.list({ maxResults: 1000 })).data;
    expect(big.items).toHaveLength(250);
    expect(
      (await manyApi.calendarList.list({ maxResults: 1000, pageToken: big.nextPageToken ?? '' })).data.items,
    ).toHaveLength(6);
  });

  test('when a service account lists, then calendars shared with it and its own primary are not in its list', async () => {
    const key = (await emulator.control.post<ServiceAccountKey>('/service-accounts', { email: SA })).body;
    await share(ids.own, SA, 'writer');
    const saApi = serviceAccountCalendar(emulator, key);
    expect((await saApi.calendarList.list()).data.items).toEqual([]);
    expect((await caught(saApi.calendarList.get({ calendarId: 'primary' }))).status).toBe(404);
    expect((await saApi.calendars.get({ calendarId: ids.own })).data.id).toBe(ids.own);
  });

  test('when the token lacks a calendarList scope, then 403 insufficientPermissions', async () => {
    const key = (await emulator.control.post<ServiceAccountKey>('/service-accounts', { email: SA })).body;
    const eventsOnly = serviceAccountCalendar(emulator, key, ['https://www.googleapis.com/auth/calendar.events']);
    expect((await caught(eventsOnly.calendarList.list())).reason).toBe('insufficientPermissions');
  });
});
