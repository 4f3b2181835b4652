import { calendar } from '@googleapis/calendar';
import { describe, expect, test } from '@jest/globals';
import { createUser, oauthClient, type TestEmulator, userCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { type ManualClock, useClockedEmulator } from './support/manual-clock.ts';

let emulator: TestEmulator;
let clock: ManualClock;
useClockedEmulator((started) => ({ emulator, clock } = started));

describe('refresh tokens', () => {
  test('when the access token expires within the eager-refresh window, then the client refreshes before calling', async () => {
    const user = await createUser(emulator, 'eager@example.com');
    const api = userCalendar(emulator, user, Date.now() + 60_000);
    const { status } = await api.events.list({ calendarId: 'primary' });
    expect(status).toBe(200);
    const credentials = (api.context._options.auth as ReturnType<typeof oauthClient>).credentials;
    expect(credentials.access_token).not.toBe(user.accessToken);
    expect(credentials.expiry_date).toBeGreaterThan(Date.now() + 3_000_000);
  });

  test('when the refresh token was revoked, then refreshing fails with invalid_grant and no calendar call is made', async () => {
    const user = await createUser(emulator, 'revoked@example.com');
    await emulator.control.post('/oauth/revoke', { email: user.email });
    const api = userCalendar(emulator, user, Date.now() - 1000);
    const error = await caught(api.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(400);
    expect(error.message).toBe('invalid_grant');
    expect(error.body).toEqual({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    const { body: calls } = await emulator.control.get<{ path: string; status: number }[]>('/requests');
    expect(calls.filter((call) => call.path === '/token' && call.status === 400)).toHaveLength(1);
    expect(calls.some((call) => call.path.startsWith('/calendar/v3/') && call.status === 400)).toBe(false);
  });

  test('when the refresh token was revoked, then the access token it produced stops working too', async () => {
    const user = await createUser(emulator, 'cutoff@example.com');
    const api = userCalendar(emulator, user);
    await api.events.list({ calendarId: 'primary' });
    await emulator.control.post('/oauth/revoke', { email: user.email });
    const error = await caught(api.events.list({ calendarId: 'primary' }));
    expect(error.status).toBe(401);
    expect(error.body.error?.errors?.[0]).toMatchObject({ reason: 'authError', message: 'Invalid Credentials' });
  });
});

describe('access tokens', () => {
  test('when an access token has outlived its hour, then 401 authError with UNAUTHENTICATED status', async () => {
    const user = await createUser(emulator, 'stale@example.com');
    const auth = oauthClient(emulator);
    auth.setCredentials({ access_token: user.accessToken });
    clock.advance(3_600_000);
    const error = await caught(
      calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth }).events.list({ calendarId: 'primary' }),
    );
    expect(error.body).toEqual({
      error: {
        errors: [
          {
            domain: 'global',
            reason: 'authError',
            message: 'Invalid Credentials',
            locationType: 'header',
            location: 'Authorization',
          },
        ],
        code: 401,
        message: 'Invalid Credentials',
        status: 'UNAUTHENTICATED',
      },
    });
  });

  test('when no credentials are sent, then 401 "Login Required."', async () => {
    const error = await caught(
      calendar({ version: 'v3', rootUrl: `${emulator.url}/` }).events.list({ calendarId: 'primary' }),
    );
    expect(error.status).toBe(401);
    expect(error.body.error?.errors?.[0]).toMatchObject({ reason: 'required', message: 'Login Required.' });
  });
});

describe('refresh token lifetime', () => {
  test('when refresh tokens live 7 days like a "Testing" app, then an 8-day-old one answers invalid_grant', async () => {
    await emulator.control.put('/settings', { refreshTokenLifetimeSeconds: 604_800 });
    const user = await createUser(emulator, 'tester@example.com');
    clock.advance(8 * 86_400_000);
    const error = await caught(userCalendar(emulator, user, Date.now() - 1000).events.list({ calendarId: 'primary' }));
    await emulator.control.put('/settings', { refreshTokenLifetimeSeconds: 0 });
    expect(error.body).toEqual({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
  });
});
