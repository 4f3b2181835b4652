import { describe, expect, test } from '@jest/globals';
import {
  createUser,
  type TestEmulator,
  type TestUser,
  useResetEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { eventCalls, markRequests } from './support/request-log.ts';

let emulator: TestEmulator;
let user: TestUser;
useResetEmulator('limited@example.com', (started) => ({ emulator, user } = started));

const anEvent = { start: { date: '2025-11-01' }, end: { date: '2025-11-02' } };

describe('quotas', () => {
  test('when the per-user minute is used up, then 403 userRateLimitExceeded and the client does not retry it', async () => {
    await emulator.control.put('/quotas', { perUserPerMinute: 3 });
    const api = userCalendar(emulator, user);
    for (let i = 0; i < 3; i += 1) await api.events.list({ calendarId: 'primary' });
    const since = await markRequests(emulator);
    const error = await caught(api.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(403);
    expect(error.body).toEqual({
      error: {
        errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded' }],
        code: 403,
        message: 'User Rate Limit Exceeded',
      },
    });
    expect(eventCalls(await since.callsSince()).map((entry) => entry.status)).toEqual([403]);
  });

  test('when the limiter answers 429, then the client retries a GET three more times', async () => {
    await emulator.control.put('/quotas', { perUserPerMinute: 1, status: 429 });
    const api = userCalendar(emulator, user);
    await api.events.list({ calendarId: 'primary' });
    const since = await markRequests(emulator);
    const error = await caught(api.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(429);
    expect(error.reason).toBe('rateLimitExceeded');
    expect(eventCalls(await since.callsSince()).map((entry) => entry.status)).toEqual([429, 429, 429, 429]);
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
