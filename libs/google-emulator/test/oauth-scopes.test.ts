import { calendar } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CALENDAR_SCOPE, oauthClient, startEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { authorizationUrl, authorizeAs, openAuthorization } from './support/oauth-flow.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const READONLY = `${CALENDAR_SCOPE}.readonly`;
const EVENTS = `${CALENDAR_SCOPE}.events`;
const anEvent = { start: { date: '2025-01-01' }, end: { date: '2025-01-02' } };

async function tokensFor(email: string, options: Parameters<typeof authorizeAs>[2]) {
  const auth = oauthClient(emulator);
  const { tokens } = await auth.getToken((await authorizeAs(auth, email, options)).code);
  auth.setCredentials(tokens);
  return { tokens, api: calendar({ version: 'v3', rootUrl: `${emulator.url}/`, auth }) };
}

describe('granular consent', () => {
  test('when the consent form is posted with one of two scopes ticked, then only that scope is granted', async () => {
    const url = authorizationUrl(oauthClient(emulator), 'ticker@example.com', { scope: [READONLY, EVENTS] });
    const page = await openAuthorization(url);
    expect(page.html).toContain(`name="grant_0" value="${READONLY}"`);
    expect(page.html).toContain(`name="grant_1" value="${EVENTS}"`);
    const form = new URLSearchParams(new URL(url).searchParams);
    form.set('grant_0', READONLY);
    form.set('decision', 'approve');
    const response = await fetch(`${emulator.url}/o/oauth2/v2/auth/approve`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const redirect = new URL(response.headers.get('location') ?? '');
    expect(redirect.searchParams.get('scope')).toBe(READONLY);
    const { tokens } = await oauthClient(emulator).getToken(redirect.searchParams.get('code') ?? '');
    expect(tokens.scope).toBe(READONLY);
  });

  test('when auto_approve grants a subset with grant_scopes, then token and API calls carry only that subset', async () => {
    const { tokens, api } = await tokensFor('subset@example.com', {
      scope: [READONLY, EVENTS],
      grantScopes: [READONLY],
    });
    expect(tokens.scope).toBe(READONLY);
    expect((await api.events.list({ calendarId: 'primary' })).status).toBe(200);
    const error = await caught(api.events.insert({ calendarId: 'primary', requestBody: anEvent }));
    expect(error.status).toBe(403);
    expect(error.reason).toBe('insufficientPermissions');
  });

  test('when include_granted_scopes=true, then earlier grants to the client are added; without it they are not', async () => {
    await tokensFor('incremental@example.com', { scope: [READONLY] });
    const merged = await tokensFor('incremental@example.com', { scope: [EVENTS], includeGrantedScopes: true });
    expect(merged.tokens.scope?.split(' ').sort()).toEqual([READONLY, EVENTS].sort());
    const alone = await tokensFor('incremental@example.com', { scope: [EVENTS] });
    expect(alone.tokens.scope).toBe(EVENTS);
  });

  test('when an unknown scope is requested, then an "Error 400: invalid_scope" page and no redirect', async () => {
    const url = authorizationUrl(oauthClient(emulator), 'scopes@example.com', { scope: [READONLY, 'calendar.events'] });
    const page = await openAuthorization(`${url}&auto_approve=true`);
    expect(page.status).toBe(400);
    expect(page.redirect).toBeUndefined();
    expect(page.html).toContain('Error 400: invalid_scope');
    expect(page.html).toContain('invalid=[calendar.events]');
  });
});

describe('prompt=none', () => {
  test('when the user never consented to the scopes, then a redirect with error=consent_required and the state', async () => {
    await tokensFor('silent@example.com', { scope: [READONLY] });
    const url = authorizationUrl(oauthClient(emulator), 'silent@example.com', { scope: [EVENTS], prompt: 'none' });
    const { status, redirect } = await openAuthorization(url);
    expect(status).toBe(302);
    expect(redirect?.searchParams.get('error')).toBe('consent_required');
    expect(redirect?.searchParams.get('state')).toBe('state-123');
  });

  test('when the user consented before, then a code at once without a screen', async () => {
    await tokensFor('again@example.com', { scope: [READONLY, EVENTS] });
    const url = authorizationUrl(oauthClient(emulator), 'again@example.com', { scope: [EVENTS], prompt: 'none' });
    const { redirect } = await openAuthorization(url);
    const { tokens } = await oauthClient(emulator).getToken(redirect?.searchParams.get('code') ?? '');
    expect(tokens.scope).toBe(EVENTS);
    expect(tokens.refresh_token).toBeUndefined();
  });
});
