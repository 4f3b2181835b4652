import { describe, expect, test } from '@jest/globals';
import { maxPathParameterLength } from '../src/index.ts';
import { bearer, demoBooking, type TestApp, useTestApp } from './support/test-app.ts';

const booking = demoBooking;

describe('HTTP answers for requests a route does not take', () => {
  let testApp: TestApp;
  useTestApp((built) => {
    testApp = built;
  });

  test('when a JSON body is declared in a charset other than UTF-8, then 415; UTF-8 in any spelling is read', async () => {
    for (const charset of ['utf-16', 'UTF-16LE', 'iso-8859-1', '"latin1"']) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/v1/bookings',
        headers: { ...bearer(), 'content-type': `application/json; charset=${charset}` },
        payload: JSON.stringify(booking),
      });
      expect({ charset, status: response.statusCode }).toEqual({ charset, status: 415 });
      expect(response.json()).toMatchObject({ code: 'unsupported_media_type' });
    }
    for (const charset of ['utf-8', 'UTF-8', 'utf8']) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/v1/bookings',
        headers: { ...bearer(), 'content-type': `application/json; charset=${charset}` },
        payload: JSON.stringify(booking),
      });
      expect(response.statusCode).toBe(201);
    }
  });

  test('when a known path is called with a method it does not take, then 405 with Allow', async () => {
    const response = await testApp.app.inject({
      method: 'PUT',
      url: '/v1/bookings/5f0c6a2e-1d3b-4e5f-8a9b-0c1d2e3f4a5b',
      headers: bearer(),
    });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, PATCH');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'method_not_allowed' });
    const deleted = await testApp.app.inject({ method: 'DELETE', url: '/v1/bookings' });
    expect(deleted.statusCode).toBe(405);
    expect(deleted.headers.allow).toBe('GET, HEAD, POST');
    const unknown = await testApp.app.inject({ method: 'PUT', url: '/v1/nowhere/at-all' });
    expect({ status: unknown.statusCode, code: unknown.json().code }).toEqual({ status: 404, code: 'not_found' });
  });

  test('when a path parameter is up to the documented limit, then its schema answers; beyond, then 414', async () => {
    const long = await testApp.app.inject({ url: `/v1/bookings/${'a'.repeat(150)}`, headers: bearer() });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors).toEqual([{ field: 'params.id', message: expect.any(String) }]);
    const tooLong = `/v1/bookings/${'a'.repeat(maxPathParameterLength + 1)}`;
    expect((await testApp.app.inject({ url: tooLong, headers: bearer() })).statusCode).toBe(414);
  });

  test('when a window has from after to, then 400 names query.to', async () => {
    const response = await testApp.app.inject({
      url: '/v1/bookings?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z',
      headers: bearer(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'query.to', message: expect.any(String) }]);
  });
});
