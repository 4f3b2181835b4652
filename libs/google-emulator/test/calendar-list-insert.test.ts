import { afterAll, beforeAll, expect, test } from '@jest/globals';
import {
  type CalendarApi,
  createUser,
  type ServiceAccountKey,
  serviceAccountCalendar,
  startEmulator,
  type TestEmulator,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

const SA = 'list-insert@calbridge.iam.gserviceaccount.com';
const OWNER = 'owner@example.com';
const LIST_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.calendarlist',
];

let emulator: TestEmulator;
let api: CalendarApi;
let calendarId: string;

beforeAll(async () => {
  emulator = await startEmulator();
  await createUser(emulator, OWNER);
  const key = (await emulator.control.post<ServiceAccountKey>('/service-accounts', { email: SA })).body;
  api = serviceAccountCalendar(emulator, key, LIST_SCOPES);
  calendarId = (await emulator.control.post<{ id: string }>('/calendars', { owner: OWNER, summary: 'Room 7' })).body.id;
});

afterAll(async () => {
  await emulator.close();
});

test('when the calendar is not shared with the service account, then calendarList.insert answers 404 notFound', async () => {
  const error = await caught(api.calendarList.insert({ requestBody: { id: calendarId } }));

  expect(error.status).toBe(404);
  expect(error.reason).toBe('notFound');
});

test('when it is shared, then insert answers the entry with the role, and calendarList.get and list find it afterwards', async () => {
  await emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email: SA, role: 'reader' });
  const before = await caught(api.calendarList.get({ calendarId }));

  const inserted = await api.calendarList.insert({ requestBody: { id: calendarId } });
  const listed = await api.calendarList.get({ calendarId });
  const list = await api.calendarList.list();

  expect(before.status).toBe(404);
  expect(inserted.data).toMatchObject({ kind: 'calendar#calendarListEntry', id: calendarId, accessRole: 'reader' });
  expect(listed.data).toMatchObject({ id: calendarId, summary: 'Room 7', accessRole: 'reader' });
  expect(list.data.items?.map((entry) => entry.id)).toEqual([calendarId]);
});

test('when the role changes to writer, then inserting again answers writer', async () => {
  await emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email: SA, role: 'writer' });

  const inserted = await api.calendarList.insert({ requestBody: { id: calendarId } });

  expect(inserted.data.accessRole).toBe('writer');
});

test('when the token lacks a calendar-list write scope, then 403 insufficientPermissions', async () => {
  const key = (await emulator.control.post<ServiceAccountKey>('/service-accounts', { email: SA })).body;
  const readOnly = serviceAccountCalendar(emulator, key, [
    'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
  ]);

  const error = await caught(readOnly.calendarList.insert({ requestBody: { id: calendarId } }));

  expect(error.status).toBe(403);
  expect(error.reason).toBe('insufficientPermissions');
});
