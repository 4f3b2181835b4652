import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readRefreshToken } from '../src/credentials/credential.repository.ts';
import { createTokenCipher } from '../src/credentials/token-cipher.ts';
import { type CapturedApp, capturedApp } from './support/captured-app.ts';
import { type ConnectorFixture, connectorFixture } from './support/connector-fixture.ts';

let fixture: ConnectorFixture;
let connector: CapturedApp;
const partnerId = randomUUID();
const scopes = {
  events: 'https://www.googleapis.com/auth/calendar.events',
  list: 'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
};
/** Everything that must never reach a log line: codes, states, tokens, the client secret. */
const secrets: string[] = [];

beforeAll(async () => {
  fixture = await connectorFixture();
  connector = await capturedApp(fixture.config);
  secrets.push(fixture.google.client.clientSecret);
});
afterAll(async () => {
  await connector?.close();
  await fixture?.close();
});

const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) => {
  const response = await connector.app.inject({
    method,
    url,
    headers: fixture.bearer(partnerId),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.json() };
};

const newIntegration = async () =>
  (await call('POST', '/v1/integrations', { name: 'Lock.me', mode: 'bidirectional', dataScope: 'full', auth: 'oauth' }))
    .body.id as string;

const authorizeUrl = async (integrationId: string) => {
  const answer = await call('POST', `/v1/integrations/${integrationId}/google/authorize`);
  expect(answer.status).toBe(200);
  return new URL(answer.body.url);
};

/** Google's consent page approved at once by `email` (granting only `grantScopes` when given): where it redirects. */
async function consent(url: URL, email: string, grantScopes?: string[]) {
  url.searchParams.set('login_hint', email);
  url.searchParams.set('auto_approve', 'true');
  if (grantScopes) url.searchParams.set('grant_scopes', grantScopes.join(' '));
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

/** The browser following Google's redirect to the connector's callback: the page it shows. */
async function callback(location: string) {
  const target = new URL(location);
  for (const name of ['code', 'state']) {
    const value = target.searchParams.get(name);
    if (value) secrets.push(value);
  }
  const response = await connector.app.inject({ method: 'GET', url: target.pathname + target.search });
  return { status: response.statusCode, html: response.body, type: String(response.headers['content-type']) };
}

async function connect(integrationId: string, email: string, grantScopes?: string[]) {
  const consented = await consent(await authorizeUrl(integrationId), email, grantScopes);
  expect(consented.status).toBe(302);
  return { location: consented.location as string, page: await callback(consented.location as string) };
}

const integration = async (id: string) => (await call('GET', `/v1/integrations/${id}`)).body;

const statusesOf = (integrationId: string) =>
  fixture.integrationEvents.events
    .filter(({ event }) => event.type === 'IntegrationStatusChanged' && event.subject === integrationId)
    .map(({ event }) => {
      const { status, reason } = (event.data as { integration: { status: string; reason?: string } }).integration;
      return reason ? `${status}:${reason}` : status;
    });

describe('the authorize URL', () => {
  test('when a partner asks to connect Google, then the URL asks for offline access, consent, the two scopes, PKCE and a signed state', async () => {
    const url = await authorizeUrl(await newIntegration());

    expect(`${url.origin}${url.pathname}`).toBe(fixture.config.GOOGLE_OAUTH_AUTH_URL);
    const query = Object.fromEntries(url.searchParams);
    expect(query).toMatchObject({
      access_type: 'offline',
      prompt: 'consent',
      include_granted_scopes: 'true',
      response_type: 'code',
      client_id: fixture.google.client.clientId,
      redirect_uri: `${fixture.url}/oauth2/callback`,
      code_challenge_method: 'S256',
    });
    expect(query.scope?.split(' ').sort()).toEqual([scopes.list, scopes.events].sort());
    expect(query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.state).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
  });

  test('when the integration uses a service account, then 409 integration_not_oauth', async () => {
    const created = await call('POST', '/v1/integrations', {
      name: 'Export',
      mode: 'to_calendar',
      dataScope: 'full',
      auth: 'service_account',
    });

    const answer = await call('POST', `/v1/integrations/${created.body.id}/google/authorize`);

    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('integration_not_oauth');
  });

  test('when the connector has no OAuth client configured, then authorize answers 409 oauth_not_configured', async () => {
    const unconfigured = await capturedApp({ ...fixture.config, GOOGLE_OAUTH_CLIENT_ID: undefined });
    const id = await newIntegration();

    const answer = await unconfigured.app.inject({
      method: 'POST',
      url: `/v1/integrations/${id}/google/authorize`,
      headers: fixture.bearer(partnerId),
    });
    await unconfigured.close();

    expect(answer.statusCode).toBe(409);
    expect(answer.json().code).toBe('oauth_not_configured');
  });

  test('when the redirect URI is not the registered one, then Google (the emulator) refuses with redirect_uri_mismatch', async () => {
    const url = await authorizeUrl(await newIntegration());
    url.searchParams.set('redirect_uri', 'https://attacker.example/oauth2/callback');

    const consented = await consent(url, 'mallory@example.com');

    expect(consented.status).toBe(400);
    expect(consented.location).toBeNull();
    expect(consented.text).toContain('redirect_uri_mismatch');
  });
});

describe('the callback', () => {
  test('when the user approves, then the page says so, the integration is authorized with the account, and the token is sealed', async () => {
    const email = 'ann@example.com';
    await fixture.google.createUser(email);
    const id = await newIntegration();

    const { page } = await connect(id, email);

    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.html).toContain('Authorization completed');
    expect(page.html).toContain(email);
    expect(await integration(id)).toMatchObject({ status: 'authorized', googleAccount: email });
    await eventually(() => expect(statusesOf(id)).toEqual(['authorized']));

    const cipher = createTokenCipher(fixture.config);
    const refreshToken = (await readRefreshToken(fixture.db, cipher, id))?.refreshToken as string;
    secrets.push(refreshToken);
    const stored = await fixture.db
      .selectFrom('integration_credentials')
      .selectAll()
      .where('integration_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(refreshToken.length).toBeGreaterThan(20);
    expect(stored.sealed.includes(Buffer.from(refreshToken))).toBe(false);
    expect(stored.key_id).toBe(fixture.config.CONNECTOR_ENCRYPTION_KEY_ID);
    // Without the key it does not open, nor with another key.
    const otherKey = createTokenCipher({
      ...fixture.config,
      CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    await expect(readRefreshToken(fixture.db, otherKey, id)).rejects.toThrow();
    // A sealed token copied onto another integration does not open: the integration id is bound to it.
    const other = await newIntegration();
    await fixture.db
      .insertInto('integration_credentials')
      .values({ integration_id: other, key_id: stored.key_id, sealed: stored.sealed })
      .execute();
    await expect(readRefreshToken(fixture.db, cipher, other)).rejects.toThrow();
  });

  test('when the same callback is opened again, then it is refused as already used and nothing changes', async () => {
    const email = 'reuse@example.com';
    await fixture.google.createUser(email);
    const id = await newIntegration();
    const { location } = await connect(id, email);

    const again = await callback(location);

    expect(again.status).toBe(400);
    expect(again.html).toContain('already used');
    expect((await integration(id)).status).toBe('authorized');
  });

  test('when the state is tampered with or missing, then the page says the link is not valid', async () => {
    const id = await newIntegration();
    const consented = await consent(await authorizeUrl(id), 'tamper@example.com');
    const target = new URL(consented.location as string);
    const state = target.searchParams.get('state') as string;
    target.searchParams.set('state', `${state.slice(0, -2)}${state.endsWith('AA') ? 'BB' : 'AA'}`);

    const tampered = await callback(target.href);
    target.searchParams.delete('state');
    const missing = await callback(target.href);

    expect([tampered.status, missing.status]).toEqual([400, 400]);
    expect(tampered.html).toContain('not valid');
    expect(missing.html).toContain('not valid');
    expect((await integration(id)).status).toBe('draft');
  });

  test('when the state is older than OAUTH_STATE_TTL_SECONDS, then the page says the link expired', async () => {
    const email = 'slow@example.com';
    await fixture.google.createUser(email);
    const id = await newIntegration();
    const consented = await consent(await authorizeUrl(id), email);
    await fixture.db
      .updateTable('oauth_authorizations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('integration_id', '=', id)
      .execute();

    const page = await callback(consented.location as string);

    expect(page.status).toBe(400);
    expect(page.html).toContain('expired');
    expect((await integration(id)).status).toBe('draft');
  });

  test('when the user cancels on the consent page, then the page says access was not granted', async () => {
    const id = await newIntegration();
    const url = await authorizeUrl(id);
    const state = url.searchParams.get('state') as string;

    const page = await callback(
      `${fixture.url}/oauth2/callback?error=access_denied&state=${encodeURIComponent(state)}`,
    );

    expect(page.status).toBe(400);
    expect(page.html).toContain('Authorization cancelled');
    expect((await integration(id)).status).toBe('draft');
  });

  test('when the user unticks a permission, then the page names it, no token is kept and the integration says why', async () => {
    const email = 'unticked@example.com';
    await fixture.google.createUser(email);
    const id = await newIntegration();

    const { page } = await connect(id, email, [scopes.events]);

    expect(page.status).toBe(400);
    expect(page.html).toContain('calendar.calendarlist.readonly');
    expect(await integration(id)).toMatchObject({
      status: 'draft',
      reason: 'missing_scopes: calendar.calendarlist.readonly',
    });
    expect(await readRefreshToken(fixture.db, createTokenCipher(fixture.config), id)).toBeUndefined();
  });
});

describe('a connected account', () => {
  test('when an authorized integration lists calendars, then it sees those it may change, its primary marked', async () => {
    const email = 'lister@example.com';
    await fixture.google.createUser(email);
    const room = await fixture.google.createCalendar(email, 'Escape room 1', 'Europe/Warsaw');
    const readOnly = await fixture.google.createCalendar('owner-of-shared@example.com', 'Read only', 'UTC');
    await fixture.google.share(readOnly, email, 'reader');
    const id = await newIntegration();
    await connect(id, email);

    const calendars = await call('GET', `/v1/integrations/${id}/calendars`);

    expect(calendars.status).toBe(200);
    expect(calendars.body.items).toEqual([
      { id: email, summary: email, timeZone: 'Europe/Warsaw', accessRole: 'owner', primary: true },
      { id: room, summary: 'Escape room 1', timeZone: 'Europe/Warsaw', accessRole: 'owner' },
    ]);
  });

  test('when a room is linked to a calendar the account may only read, then 422 names the account and write access', async () => {
    const email = 'reader-only@example.com';
    await fixture.google.createUser(email);
    const shared = await fixture.google.createCalendar('someone-else@example.com', 'Theirs', 'UTC');
    await fixture.google.share(shared, email, 'reader');
    const mine = await fixture.google.createCalendar(email, 'Mine', 'UTC');
    const id = await newIntegration();
    await connect(id, email);

    const refused = await call('PUT', `/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId: shared });
    const linked = await call('PUT', `/v1/integrations/${id}/rooms/${randomUUID()}`, { calendarId: mine });

    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'calendar_not_accessible', shareWith: email, missingAccess: 'write' });
    expect(linked.status).toBe(200);
    expect(linked.body.health).toBe('ok');
  });

  test('when Google revokes the grant, then the next call sets needs_reauth; re-authorizing returns to active', async () => {
    const email = 'revoked@example.com';
    await fixture.google.createUser(email);
    const id = await newIntegration();
    await connect(id, email);
    expect((await call('POST', `/v1/integrations/${id}/activate`)).body.status).toBe('active');

    await fixture.google.control.post('/oauth/revoke', { email });
    const refused = await call('GET', `/v1/integrations/${id}/calendars`);

    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('google_reauthorization_required');
    expect(await integration(id)).toMatchObject({ status: 'needs_reauth', reason: 'google_authorization_revoked' });
    expect((await call('POST', `/v1/integrations/${id}/activate`)).body.code).toBe('google_reauthorization_required');

    const { page } = await connect(id, email);

    expect(page.status).toBe(200);
    expect(await integration(id)).toMatchObject({ status: 'active', googleAccount: email });
    expect((await call('GET', `/v1/integrations/${id}/calendars`)).status).toBe(200);
    await eventually(() =>
      expect(statusesOf(id)).toEqual(['authorized', 'active', 'needs_reauth:google_authorization_revoked', 'active']),
    );
  });
});

test('when the OAuth flows above ran, then no code, state, token or client secret appears in any log line', () => {
  expect(connector.lines.length).toBeGreaterThan(0);
  expect(secrets.length).toBeGreaterThan(10);
  const leaks = connector.lines.filter((line) => secrets.some((secret) => line.includes(secret)));
  expect(leaks).toEqual([]);
  expect(connector.lines.some((line) => line.includes('/oauth2/callback'))).toBe(true);
});
