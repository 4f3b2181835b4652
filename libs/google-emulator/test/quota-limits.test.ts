import { describe, expect, test } from '@jest/globals';
import {
  type ServiceAccountKey,
  serviceAccountCalendar,
  type TestEmulator,
  type TestUser,
  useResetEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { manualClock } from './support/manual-clock.ts';

const clock = manualClock();
let emulator: TestEmulator;
let user: TestUser;
useResetEmulator('burst@example.com', (started) => ({ emulator, user } = started), { clock });

const anEvent = { start: { date: '2025-11-01' }, end: { date: '2025-11-02' } };

async function insertMany(calendarId: string, count: number, stepMs = 0) {
  const api = userCalendar(emulator, user);
  for (let i = 0; i < count; i += 1) {
    await api.events.insert({ calendarId, requestBody: anEvent });
    clock.advance(stepMs);
  }
}

describe('per-calendar write limit', () => {
  test('when one calendar gets an eleventh write within a second, then 403 rateLimitExceeded for that calendar only', async () => {
    await insertMany('primary', 10);
    const api = userCalendar(emulator, user);
    const error = await caught(api.events.insert({ calendarId: 'primary', requestBody: anEvent }));
    expect(error.body).toEqual({
      error: {
        errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }],
        code: 403,
        message: 'Rate Limit Exceeded',
      },
    });
    const other = await emulator.control.post<{ id: string }>('/calendars', { owner: user.email, summary: 'Other' });
    expect((await api.events.insert({ calendarId: other.body.id, requestBody: anEvent })).status).toBe(200);
    expect((await api.events.list({ calendarId: 'primary' })).status).toBe(200);
    clock.advance(1000);
    expect((await api.events.insert({ calendarId: 'primary', requestBody: anEvent })).status).toBe(200);
  });

  test('when a client spreads its writes at 8 per second, then it never hits the default limit', async () => {
    await insertMany('primary', 40, 125);
  });

  test('when perCalendarWritesPerSecond is 0, then bursts to one calendar pass', async () => {
    await emulator.control.put('/quotas', { perCalendarWritesPerSecond: 0 });
    await insertMany('primary', 15);
  });

  test('when quotas are disabled, then no rate limit applies until they are enabled again', async () => {
    await emulator.control.put('/quotas', { enabled: false, perUserPerMinute: 1, perProjectPerMinute: 1 });
    await insertMany('primary', 15);
    await emulator.control.put('/quotas', { enabled: true });
    await userCalendar(emulator, user).events.list({ calendarId: 'primary' });
    const error = await caught(userCalendar(emulator, user).events.list({ calendarId: 'primary' }));
    expect(error.reason).toBe('userRateLimitExceeded');
  });
});

describe('quotaUser', () => {
  const SA = 'quota@calbridge.iam.gserviceaccount.com';

  test('when a service account names two quotaUsers, then each has its own per-user budget within the project limit', async () => {
    const key = (await emulator.control.post<ServiceAccountKey>('/service-accounts', { email: SA })).body;
    await emulator.control.put('/quotas', { perUserPerMinute: 2, perProjectPerMinute: 5 });
    const api = serviceAccountCalendar(emulator, key);
    const list = (quotaUser: string) => api.events.list({ calendarId: 'primary', quotaUser }, { retry: false });
    await list('room-a');
    await list('room-a');
    expect((await caught(list('room-a'))).reason).toBe('userRateLimitExceeded');
    await list('room-b');
    await list('room-b');
    await list('room-c');
    expect((await caught(list('room-d'))).reason).toBe('rateLimitExceeded');
  });

  test('when quotaUser is longer than 40 characters, then 400 invalid', async () => {
    const error = await caught(
      userCalendar(emulator, user).events.list({ calendarId: 'primary', quotaUser: 'q'.repeat(41) }),
    );
    expect(error.status).toBe(400);
    expect(error.body.error?.errors?.[0]).toMatchObject({ reason: 'invalid', location: 'quotaUser' });
  });
});
