import { calendar } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  type CalendarApi,
  createUser,
  type ServiceAccountKey,
  serviceAccountAuth,
  serviceAccountCalendar,
  startEmulator,
  type TestEmulator,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

const SA = 'connector@calbridge.iam.gserviceaccount.com';
const OWNER = 'venue@example.com';

let emulator: TestEmulator;
let key: ServiceAccountKey;
let api: CalendarApi;
let calendarId: string;

const anEvent = { start: { dateTime: '2025-05-01T10:00:00Z' }, end: { dateTime: '2025-05-01T11:00:00Z' } };

beforeAll(async () => {
  emulator = await startEmulator();
  await createUser(emulator, OWNER);
  key = (await emulator.control.post<ServiceAccountKey & { type: string }>('/service-accounts', { email: SA })).body;
  api = serviceAccountCalendar(emulator, key);
  const created = await emulator.control.post<{ id: string }>('/calendars', {
    owner: OWNER,
    summary: 'Room 1',
    timeZone: 'Europe/Berlin',
  });
  calendarId = created.body.id;
});

afterAll(async () => {
  await emulator.close();
});

describe('service account sharing', () => {
  test('when a service account is registered, then it receives a Google-format JSON key', async () => {
    const again = await emulator.control.post<ServiceAccountKey & { type: string }>('/service-accounts', { email: SA });
    expect(again.body).toMatchObject({ type: 'service_account', client_email: SA, private_key_id: key.private_key_id });
    expect(again.body.private_key).toContain('BEGIN PRIVATE KEY');
  });

  test('when the calendar is not shared with the service account, then 404 notFound', async () => {
    const error = await caught(api.events.list({ calendarId }));
    expect(error.status).toBe(404);
    expect(error.reason).toBe('notFound');
  });

  test('when shared as reader, then it can list but a write answers 403 requiredAccessLevel', async () => {
    await emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email: SA, role: 'reader' });
    expect((await api.events.list({ calendarId })).data.accessRole).toBe('reader');
    const error = await caught(api.events.insert({ calendarId, requestBody: anEvent }));
    expect(error.status).toBe(403);
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'calendar',
      reason: 'requiredAccessLevel',
      message: 'You need to have writer access to this calendar.',
    });
  });

  test('when shared as writer, then it can insert and the calendar is the organizer', async () => {
    await emulator.control.post(`/calendars/${encodeURIComponent(calendarId)}/acl`, { email: SA, role: 'writer' });
    const { data } = await api.events.insert({ calendarId, requestBody: anEvent });
    expect(data.creator).toEqual({ email: SA });
    expect(data.organizer).toEqual({ email: calendarId, displayName: 'Room 1', self: true });
    expect(data.start).toEqual({ dateTime: '2025-05-01T12:00:00+02:00' });
  });

  test('when the service account adds attendees, then 403 forbiddenForServiceAccounts', async () => {
    const error = await caught(
      api.events.insert({ calendarId, requestBody: { ...anEvent, attendees: [{ email: 'guest@example.com' }] } }),
    );
    expect(error.reason).toBe('forbiddenForServiceAccounts');
  });

  test('when a shared calendar is checked, then calendars.get works while calendarList.get answers 404', async () => {
    expect((await api.calendars.get({ calendarId })).data).toMatchObject({
      kind: 'calendar#calendar',
      id: calendarId,
      timeZone: 'Europe/Berlin',
    });
    const error = await caught(api.calendarList.get({ calendarId }));
    expect(error.status).toBe(404);
  });

  test('when the calendar is unshared, then the service account gets 404 again', async () => {
    const other = await emulator.control.post<{ id: string }>('/calendars', { owner: OWNER, summary: 'Room 2' });
    const id = encodeURIComponent(other.body.id);
    await emulator.control.post(`/calendars/${id}/acl`, { email: SA, role: 'writer' });
    await api.events.list({ calendarId: other.body.id });
    const removed = await emulator.control.delete(`/calendars/${id}/acl/${encodeURIComponent(SA)}`);
    expect(removed.status).toBe(204);
    expect((await caught(api.events.list({ calendarId: other.body.id }))).status).toBe(404);
  });

  test('when the service account uses primary, then it reaches its own calendar', async () => {
    expect((await api.events.list({ calendarId: 'primary' })).data.summary).toBe(SA);
  });
});

describe('JWT-bearer grant', () => {
  test('when the assertion asks to impersonate a user without domain-wide delegation, then unauthorized_client', async () => {
    const auth = serviceAccountAuth(emulator, key, undefined, OWNER);
    const error = await caught(
      calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth }).events.list({ calendarId: 'primary' }),
    );
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^unauthorized_client: Client is unauthorized/);
  });

  test('when domain-wide delegation is granted, then the subject acts as that user', async () => {
    const delegated = 'delegated@calbridge.iam.gserviceaccount.com';
    const dwdKey = (
      await emulator.control.post<ServiceAccountKey>('/service-accounts', {
        email: delegated,
        domainWideDelegation: true,
      })
    ).body;
    const auth = serviceAccountAuth(emulator, dwdKey, undefined, OWNER);
    const { data } = await calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth }).events.list({
      calendarId: 'primary',
    });
    expect(data.summary).toBe(OWNER);
  });

  test('when the assertion is signed with another key, then invalid_grant "Invalid JWT Signature."', async () => {
    const other = (
      await emulator.control.post<ServiceAccountKey>('/service-accounts', {
        email: 'other@calbridge.iam.gserviceaccount.com',
      })
    ).body;
    const forged = serviceAccountCalendar(emulator, { ...other, client_email: SA });
    const error = await caught(forged.events.list({ calendarId: 'primary' }));
    expect(error.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
  });
});
