import { describe, expect, test } from '@jest/globals';
import {
  OAUTH_CLIENT,
  oauthClient,
  type TestEmulator,
  type TestUser,
  useResetEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { eventCalls, type LoggedRequest, markRequests } from './support/request-log.ts';

let emulator: TestEmulator;
let user: TestUser;
useResetEmulator('limited@example.com', (started) => ({ emulator, user } = started));

const anEvent = { start: { date: '2025-11-01' }, end: { date: '2025-11-02' } };

describe('faults', () => {
  test('when a 503 is injected into an insert, then the POST fails once without a client retry', async () => {
    await emulator.control.put('/faults', { rules: [{ method: 'POST', path: '/events$', status: 503, times: 1 }] });
    const api = userCalendar(emulator, user);
    const since = await markRequests(emulator);
    const error = await caught(api.events.insert({ calendarId: 'primary', requestBody: anEvent }));
    expect(error.status).toBe(503);
    expect(error.reason).toBe('backendError');
    expect((await api.events.insert({ calendarId: 'primary', requestBody: anEvent })).status).toBe(200);
    expect(eventCalls(await since.callsSince()).map((entry) => entry.status)).toEqual([503, 200]);
  });

  test('when two 500s are injected into a GET, then the client retries and the third attempt succeeds', async () => {
    await emulator.control.put('/faults', {
      rules: [{ method: 'GET', path: 'primary/events$', status: 500, times: 2 }],
    });
    const since = await markRequests(emulator);
    const { status } = await userCalendar(emulator, user).events.list({ calendarId: 'primary' });
    expect(status).toBe(200);
    expect(eventCalls(await since.callsSince()).map((entry) => entry.status)).toEqual([500, 500, 200]);
  });

  test('when a delay-only rule matches, then the call still succeeds', async () => {
    await emulator.control.put('/faults', { rules: [{ path: '/colors', delayMs: 50 }] });
    expect((await userCalendar(emulator, user).colors.get()).data.kind).toBe('calendar#colors');
    await emulator.control.put('/faults', { rules: [] });
  });
});

describe('requests log and reset', () => {
  test('when calls are made, then the log names method, decoded path, principal and status', async () => {
    const since = await markRequests(emulator);
    await userCalendar(emulator, user).events.list({ calendarId: 'primary' });
    expect(await since.callsSince()).toEqual([
      {
        at: expect.any(String),
        method: 'GET',
        path: '/calendar/v3/calendars/primary/events',
        principal: user.email,
        status: 200,
      },
    ]);
  });

  test('when calendarList.list, a rate-limited write and a refused client are called, then each is in the log', async () => {
    await emulator.control.put('/quotas', { perCalendarWritesPerSecond: 1 });
    const api = userCalendar(emulator, user);
    const since = await markRequests(emulator);
    await api.calendarList.list({ quotaUser: 'room-1' });
    await api.events.insert({ calendarId: 'primary', requestBody: anEvent });
    await caught(api.events.insert({ calendarId: 'primary', requestBody: anEvent }));
    const stranger = oauthClient(emulator, { ...OAUTH_CLIENT, clientSecret: 'wrong' });
    stranger.setCredentials({ refresh_token: user.refreshToken });
    await caught(stranger.refreshAccessToken());
    expect((await since.callsSince()).map(({ method, path, status }) => [method, path, status])).toEqual([
      ['GET', '/calendar/v3/users/me/calendarList', 200],
      ['POST', '/calendar/v3/calendars/primary/events', 200],
      ['POST', '/calendar/v3/calendars/primary/events', 403],
      ['POST', '/token', 401],
    ]);
  });

  test('when since is given, then only entries at or after it are listed', async () => {
    await userCalendar(emulator, user).events.list({ calendarId: 'primary' });
    expect((await emulator.control.get<LoggedRequest[]>('/requests?since=0')).body).toHaveLength(1);
    expect((await emulator.control.get<LoggedRequest[]>(`/requests?since=${Date.now() + 60_000}`)).body).toEqual([]);
  });

  test('when the emulator is reset, then users, tokens and the log are gone', async () => {
    await userCalendar(emulator, user).events.list({ calendarId: 'primary' });
    expect((await emulator.control.post('/reset')).status).toBe(204);
    expect((await emulator.control.get<unknown[]>('/requests')).body).toEqual([]);
    expect((await caught(userCalendar(emulator, user).events.list({ calendarId: 'primary' }))).status).toBe(401);
  });
});
