import { calendar } from '@googleapis/calendar';
import { describe, expect, test } from '@jest/globals';
import { CALENDAR_SCOPE, oauthClient, type TestEmulator } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { type ManualClock, useClockedEmulator } from './support/manual-clock.ts';
import { authorizeAs } from './support/oauth-flow.ts';

let emulator: TestEmulator;
let clock: ManualClock;
useClockedEmulator((started) => ({ emulator, clock } = started));

describe('authorization code flow', () => {
  test('when a user approves offline access, then the code exchange yields a refresh token that works', async () => {
    const auth = oauthClient(emulator);
    const { codeVerifier, codeChallenge } = await auth.generateCodeVerifierAsync();
    const { redirect, code } = await authorizeAs(auth, 'consent@example.com', {
      scope: [CALENDAR_SCOPE],
      codeChallenge: codeChallenge ?? '',
    });
    expect(redirect.searchParams.get('state')).toBe('state-123');
    const { tokens } = await auth.getToken({ code, codeVerifier });
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.scope).toBe(CALENDAR_SCOPE);
    auth.setCredentials(tokens);
    const { data } = await calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth }).calendarList.get({
      calendarId: 'primary',
    });
    expect(data.id).toBe('consent@example.com');
  });

  test('when the user consents a second time without prompt=consent, then no refresh token is returned', async () => {
    const auth = oauthClient(emulator);
    await auth.getToken((await authorizeAs(auth, 'twice@example.com', { scope: [CALENDAR_SCOPE] })).code);
    const second = await auth.getToken(
      (await authorizeAs(auth, 'twice@example.com', { scope: [CALENDAR_SCOPE] })).code,
    );
    expect(second.tokens.refresh_token).toBeUndefined();
    const forced = await auth.getToken(
      (await authorizeAs(auth, 'twice@example.com', { scope: [CALENDAR_SCOPE], prompt: 'consent' })).code,
    );
    expect(forced.tokens.refresh_token).toBeTruthy();
  });

  test('when a code is exchanged twice or with the wrong PKCE verifier, then invalid_grant', async () => {
    const auth = oauthClient(emulator);
    const { codeChallenge } = await auth.generateCodeVerifierAsync();
    const { code } = await authorizeAs(auth, 'pkce@example.com', {
      scope: [CALENDAR_SCOPE],
      codeChallenge: codeChallenge ?? '',
    });
    const wrong = await caught(auth.getToken({ code, codeVerifier: 'x'.repeat(64) }));
    expect(wrong.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid code verifier.' });
    const reused = await caught(auth.getToken({ code, codeVerifier: 'x'.repeat(64) }));
    expect(reused.message).toBe('invalid_grant');
  });

  test('when the token only carries calendar.readonly, then reads work and writes answer 403 insufficientPermissions', async () => {
    const auth = oauthClient(emulator);
    const { code } = await authorizeAs(auth, 'reader@example.com', { scope: [`${CALENDAR_SCOPE}.readonly`] });
    auth.setCredentials((await auth.getToken(code)).tokens);
    const api = calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth });
    expect((await api.events.list({ calendarId: 'primary' })).status).toBe(200);
    const error = await caught(
      api.events.insert({
        calendarId: 'primary',
        requestBody: { start: { date: '2025-01-01' }, end: { date: '2025-01-02' } },
      }),
    );
    expect(error.body).toEqual({
      error: {
        errors: [
          {
            domain: 'global',
            reason: 'insufficientPermissions',
            message: 'Request had insufficient authentication scopes.',
          },
        ],
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        status: 'PERMISSION_DENIED',
      },
    });
  });

  test('when the consent page is opened without auto_approve, then it shows a form to approve as an account', async () => {
    const url = oauthClient(emulator).generateAuthUrl({ scope: [CALENDAR_SCOPE], login_hint: 'person@example.com' });
    const response = await fetch(url);
    const html = await response.text();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('action="/o/oauth2/v2/auth/approve"');
    expect(html).toContain('value="person@example.com"');
  });
});
