import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  CALENDAR_SCOPE,
  createUser,
  OAUTH_CLIENT,
  oauthClient,
  REDIRECT_URI,
  startEmulator,
  type TestEmulator,
  userCalendar,
} from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { authorizationUrl, authorizeAs, openAuthorization } from './support/oauth-flow.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const OTHER_URI = 'http://127.0.0.1:1/other/callback';
const unknownClient = { clientId: 'nobody.apps.googleusercontent.com', clientSecret: 'x' };

describe('registered OAuth clients at the consent page', () => {
  test('when the client id is unknown, then an "Error 401: invalid_client" page and no redirect', async () => {
    const url = oauthClient(emulator, unknownClient).generateAuthUrl({ scope: [CALENDAR_SCOPE] });
    const page = await openAuthorization(`${url}&login_hint=ann@example.com&auto_approve=true`);
    expect(page.status).toBe(401);
    expect(page.redirect).toBeUndefined();
    expect(page.html).toContain('Error 401: invalid_client');
    expect(page.html).toContain('The OAuth client was not found.');
  });

  test('when the redirect URI is not registered for the client, then an "Error 400: redirect_uri_mismatch" page', async () => {
    const url = oauthClient(emulator, OAUTH_CLIENT, OTHER_URI).generateAuthUrl({ scope: [CALENDAR_SCOPE] });
    const page = await openAuthorization(`${url}&login_hint=ann@example.com&auto_approve=true`);
    expect(page.status).toBe(400);
    expect(page.redirect).toBeUndefined();
    expect(page.html).toContain('Error 400: redirect_uri_mismatch');
  });
});

describe('registered OAuth clients at the token endpoint', () => {
  test('when an unknown client or a wrong secret refreshes, then 401 invalid_client', async () => {
    const user = await createUser(emulator, 'refresher@example.com');
    const refresh = (client: typeof OAUTH_CLIENT) => {
      const auth = oauthClient(emulator, client);
      auth.setCredentials({ refresh_token: user.refreshToken });
      return caught(auth.refreshAccessToken());
    };
    const unknown = await refresh(unknownClient);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ error: 'invalid_client', error_description: 'The OAuth client was not found.' });
    const wrongSecret = await refresh({ ...OAUTH_CLIENT, clientSecret: 'wrong' });
    expect(wrongSecret.body).toEqual({ error: 'invalid_client', error_description: 'Unauthorized' });
  });

  test('when a code is exchanged with another redirect URI than it was issued for, then 400 redirect_uri_mismatch', async () => {
    await emulator.control.post('/oauth-clients', { ...OAUTH_CLIENT, redirectUris: [REDIRECT_URI, OTHER_URI] });
    const { code } = await authorizeAs(oauthClient(emulator), 'mismatch@example.com', { scope: [CALENDAR_SCOPE] });
    const error = await caught(oauthClient(emulator, OAUTH_CLIENT, OTHER_URI).getToken(code));
    expect(error.status).toBe(400);
    expect(error.body).toEqual({ error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
  });

  test('when a code is exchanged with a wrong secret, then 401 invalid_client and the code is not spent', async () => {
    const { code } = await authorizeAs(oauthClient(emulator), 'secret@example.com', { scope: [CALENDAR_SCOPE] });
    const error = await caught(oauthClient(emulator, { ...OAUTH_CLIENT, clientSecret: 'wrong' }).getToken(code));
    expect(error.body).toEqual({ error: 'invalid_client', error_description: 'Unauthorized' });
    expect((await oauthClient(emulator).getToken(code)).tokens.access_token).toBeTruthy();
  });
});

describe('registering clients', () => {
  test('when the same client id is registered again, then its secret stays and its redirect URIs are replaced', async () => {
    const first = await emulator.control.post<{ clientId: string; clientSecret: string }>('/oauth-clients', {
      redirectUris: [REDIRECT_URI],
    });
    expect(first.body.clientId).toMatch(/\.apps\.googleusercontent\.com$/);
    const again = await emulator.control.post('/oauth-clients', {
      clientId: first.body.clientId,
      redirectUris: [OTHER_URI],
    });
    expect(again.body).toEqual({ ...first.body, redirectUris: [OTHER_URI] });
    const url = authorizationUrl(oauthClient(emulator, first.body), 'moved@example.com', { scope: [CALENDAR_SCOPE] });
    expect((await openAuthorization(`${url}&auto_approve=true`)).html).toContain('redirect_uri_mismatch');
  });

  test('when the emulator restarts on a snapshot, then clients survive; after reset they are unknown', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'google-emulator-'));
    const snapshotFile = join(directory, 'state.json');
    const first = await startEmulator({ snapshotFile });
    const client = (await first.control.post<typeof OAUTH_CLIENT>('/oauth-clients', { redirectUris: [REDIRECT_URI] }))
      .body;
    const user = await createUser(first, 'kept@example.com');
    await first.close();
    const second = await startEmulator({ snapshotFile });
    const auth = oauthClient(second, client);
    auth.setCredentials({ refresh_token: user.refreshToken });
    expect((await auth.refreshAccessToken()).credentials.access_token).toBeTruthy();
    await second.control.post('/reset');
    expect((await caught(auth.refreshAccessToken())).body).toMatchObject({ error: 'invalid_client' });
    await second.close();
    await rm(directory, { recursive: true, force: true });
  });

  test('when the registered client refreshes a control-API user token, then the Calendar call works', async () => {
    const user = await createUser(emulator, 'plain@example.com');
    expect((await userCalendar(emulator, user, Date.now() - 1).events.list({ calendarId: 'primary' })).status).toBe(
      200,
    );
  });
});
