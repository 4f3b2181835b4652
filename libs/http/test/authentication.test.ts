import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { createSigner } from 'fast-jwt';
import { pino } from 'pino';
import { buildHttpApp, type HttpPlugin, signToken } from '../src/index.ts';
import { bearer, jwtSecret, partnerId, type TestApp, useTestApp } from './support/test-app.ts';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('JWT authentication of /v1 routes', () => {
  let testApp: TestApp;
  useTestApp((built) => {
    testApp = built;
  });

  const me = (authorization?: string) =>
    testApp.app.inject({ url: '/v1/me', headers: authorization === undefined ? {} : { authorization } });

  const expectUnauthorized = (response: Awaited<ReturnType<typeof me>>, code: string) => {
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(response.json()).toMatchObject({ status: 401, code });
  };

  test('when no token is sent, then 401 missing_token with a Bearer challenge', async () => {
    expectUnauthorized(await me(), 'missing_token');
  });

  test('when the authorization header is not a bearer token, then 401', async () => {
    expectUnauthorized(await me('Basic dXNlcjpwYXNz'), 'missing_token');
  });

  test('when the signature does not match the secret, then 401 invalid_token', async () => {
    expectUnauthorized(await me(`Bearer ${signToken({ partnerId }, 'another-secret')}`), 'invalid_token');
  });

  test('when the token has expired, then 401 token_expired', async () => {
    const sign = createSigner({ key: jwtSecret, expiresIn: 60_000, clockTimestamp: Date.now() - 3_600_000 });
    expectUnauthorized(await me(`Bearer ${sign({ sub: partnerId })}`), 'token_expired');
  });

  test('when the token uses alg none, then 401 invalid_token', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: partnerId, role: 'admin' })}.`;
    expectUnauthorized(await me(`Bearer ${unsigned}`), 'invalid_token');
  });

  test('when the token is signed with RS256, then 401 invalid_token', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sign = createSigner({ key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
    expectUnauthorized(await me(`Bearer ${sign({ sub: partnerId })}`), 'invalid_token');
  });

  test('when the subject is not a partner uuid, then 401 invalid_token', async () => {
    expectUnauthorized(await me(`Bearer ${signToken({ partnerId: 'partner-1' }, jwtSecret)}`), 'invalid_token');
  });

  test('when the token is garbage, then 401 invalid_token', async () => {
    for (const token of ['abc', 'a.b.c', '...', `${base64url({ alg: 'HS256' })}.e30.`]) {
      expectUnauthorized(await me(`Bearer ${token}`), 'invalid_token');
    }
  });

  test('when the token is valid, then the handler sees the tenant', async () => {
    const response = await me(bearer().authorization);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ partnerId, isAdmin: false });
  });

  test('when the token carries role admin, then the tenant is an admin', async () => {
    const response = await me(bearer({ partnerId, role: 'admin' }).authorization);
    expect(response.json()).toEqual({ partnerId, isAdmin: true });
  });

  test('when a protected route is called with HEAD and no token, then 401', async () => {
    const response = await testApp.app.inject({ method: 'HEAD', url: '/v1/me' });
    expect(response.statusCode).toBe(401);
  });

  test('when an invalid body arrives without a token, then 401 comes before validation', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/v1/bookings', payload: '{"x":' });
    expect(response.statusCode).toBe(401);
  });

  test('when operational endpoints are called without a token, then they answer', async () => {
    for (const url of ['/health/live', '/health/ready', '/metrics', '/openapi.json', '/docs']) {
      expect((await testApp.app.inject({ url })).statusCode).toBe(200);
    }
  });

  test('when a public route reads the tenant, then it fails closed with a 500', async () => {
    const response = await testApp.app.inject({ url: '/public/peek' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'internal' });
  });
});

describe('routes a service adds its own way', () => {
  test('when routes live under a /v1 prefix and the app has its own onRequest hook, then both see the tenant', async () => {
    const app = await buildHttpApp({
      logger: pino({ level: 'silent' }),
      title: 't',
      version: '1',
      jwtSecret,
      readinessChecks: {},
    });
    const seenByHook: string[] = [];
    app.addHook('onRequest', async (request) => {
      if (request.url.startsWith('/v1')) seenByHook.push(request.tenant.partnerId);
    });
    const prefixed: HttpPlugin = async (scope) => {
      scope.get('/rooms', async (request) => ({ partnerId: request.tenant.partnerId }));
    };
    await app.register(prefixed, { prefix: '/v1' });
    expect((await app.inject({ url: '/v1/rooms' })).statusCode).toBe(401);
    const response = await app.inject({ url: '/v1/rooms', headers: bearer() });
    expect(response.json()).toEqual({ partnerId });
    expect(seenByHook).toEqual([partnerId]);
    await app.close();
  });
});
