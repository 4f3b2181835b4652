import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import {
  createUser,
  startEmulator,
  type TestEmulator,
  type TestUser,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';

interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  principal: string | null;
  status: number;
}

let emulator: TestEmulator;
let user: TestUser;

const anEvent = { start: { date: '2025-11-01' }, end: { date: '2025-11-02' } };
const log = async () => (await emulator.control.get<LoggedRequest[]>('/requests')).body;
/** Position in the request log, so a test reads only the calls it caused. */
const mark = async () => (await log()).length;
const callsAfter = async (position: number) => (await log()).slice(position);
const events = (log: LoggedRequest[]) => log.filter((entry) => entry.path.endsWith('/events'));

beforeAll(async () => {
  emulator = await startEmulator();
});

beforeEach(async () => {
  await emulator.control.post('/reset');
  user = await createUser(emulator, 'limited@example.com');
});

afterAll(async () => {
  await emulator.close();
});

describe('quotas', () => {
  test('when the per-user minute is used up, then 403 userRateLimitExceeded and the client does not retry it', async () => {
    await emulator.control.put('/quotas', { perUserPerMinute: 3 });
    const api = userCalendar(emulator, user);
    for (let i = 0; i < 3; i += 1) await api.events.list({ calendarId: 'primary' });
    const since = await mark();
    const error = await caught(api.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(403);
    expect(error.body).toEqual({
      error: {
        errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded' }],
        code: 403,
        message: 'User Rate Limit Exceeded',
      },
    });
    expect(events(await callsAfter(since)).map((entry) => entry.status)).toEqual([403]);
  });

  test('when the limiter answers 429, then the client retries a GET three more times', async () => {
    await emulator.control.put('/quotas', { perUserPerMinute: 1, status: 429 });
    const api = userCalendar(emulator, user);
    await api.events.list({ calendarId: 'primary' });
    const since = await mark();
    const error = await caught(api.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(429);
    expect(error.reason).toBe('rateLimitExceeded');
    expect(events(await callsAfter(since)).map((entry) => entry.status)).toEqual([429, 429, 429, 429]);
  });

  test('when the project minute is used up, then every user gets 403 rateLimitExceeded', async () => {
    await emulator.control.put('/quotas', { perProjectPerMinute: 2 });
    const other = await createUser(emulator, 'other@example.com');
    await userCalendar(emulator, user).events.list({ calendarId: 'primary' });
    await userCalendar(emulator, other).events.list({ calendarId: 'primary' });
    const error = await caught(userCalendar(emulator, other).events.list({ calendarId: 'primary' }));
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'usageLimits',
      reason: 'rateLimitExceeded',
      message: 'Rate Limit Exceeded',
    });
  });

  test('when an event is patched, then it costs three quota units', async () => {
    await emulator.control.put('/quotas', { perUserPerMinute: 4 });
    const api = userCalendar(emulator, user);
    const { data } = await api.events.insert({ calendarId: 'primary', requestBody: anEvent });
    await api.events.patch({ calendarId: 'primary', eventId: data.id ?? '', requestBody: { summary: 'x' } });
    expect(
      (await caught(api.events.get({ calendarId: 'primary', eventId: data.id ?? '' }, { retry: false }))).status,
    ).toBe(403);
  });

  test('when the calendar went read-only, then writes answer 403 quotaExceeded and reads still work', async () => {
    await emulator.control.put('/quotas', { readOnlyUsers: [user.email] });
    const api = userCalendar(emulator, user);
    const error = await caught(api.events.insert({ calendarId: 'primary', requestBody: anEvent }));
    expect(error.body.error?.errors?.[0]).toEqual({
      domain: 'usageLimits',
      reason: 'quotaExceeded',
      message: 'Calendar usage limits exceeded.',
    });
    expect((await api.events.list({ calendarId: 'primary' })).status).toBe(200);
  });
});
