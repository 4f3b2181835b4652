import { describe, expect, test } from '@jest/globals';
import { createSigner } from 'fast-jwt';
import { signToken } from '../src/index.ts';
import { bearer, jwtSecret, partnerId, type TestApp, useTestApp } from './support/test-app.ts';

// Spec §4: `sub` (uuid) and `exp` are required; no exp, expired, nbf ahead, or another algorithm is a 401.
describe('token claims', () => {
  let testApp: TestApp;
  useTestApp((built) => {
    testApp = built;
  });

  const me = (authorization: string) => testApp.app.inject({ url: '/v1/me', headers: { authorization } });
  const expectUnauthorized = (response: Awaited<ReturnType<typeof me>>, code: string) => {
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(response.json()).toMatchObject({ status: 401, code });
  };

  test('when a token has no exp, then 401 invalid_token', async () => {
    const sign = createSigner({ key: jwtSecret });
    expectUnauthorized(await me(`Bearer ${sign({ sub: partnerId })}`), 'invalid_token');
  });

  test('when a token is not valid yet (nbf in the future), then 401 invalid_token', async () => {
    const sign = createSigner({ key: jwtSecret, expiresIn: 3_600_000, notBefore: 600_000 });
    expectUnauthorized(await me(`Bearer ${sign({ sub: partnerId })}`), 'invalid_token');
  });

  test('when a token is signed with HS512 under the same secret, then 401 invalid_token', async () => {
    const sign = createSigner({ key: jwtSecret, algorithm: 'HS512', expiresIn: 60_000 });
    expectUnauthorized(await me(`Bearer ${sign({ sub: partnerId })}`), 'invalid_token');
  });

  test('when a token that was accepted (and cached) expires, then 401 token_expired', async () => {
    const sign = createSigner({ key: jwtSecret, expiresIn: 3_000 });
    const token = sign({ sub: partnerId });
    const [, payload = ''] = token.split('.');
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp: number };
    expect((await me(`Bearer ${token}`)).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    expectUnauthorized(await me(`Bearer ${token}`), 'token_expired');
  });

  test('when signToken creates a token, then it always carries exp', () => {
    const [, payload = ''] = signToken({ partnerId }, jwtSecret).split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ exp: expect.any(Number) });
  });

  test('when the subject is an upper-case uuid, then the tenant is the same partner in lower case', async () => {
    const response = await me(bearer({ partnerId: partnerId.toUpperCase() }).authorization);
    expect(response.json()).toEqual({ partnerId, isAdmin: false });
  });
});
