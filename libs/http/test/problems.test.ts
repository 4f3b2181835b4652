import { describe, expect, test } from '@jest/globals';
import { problemDetailsSchema } from '../src/index.ts';
import { bearer, type TestApp, useTestApp } from './support/test-app.ts';

const someId = '5f0c6a2e-1d3b-4e5f-8a9b-0c1d2e3f4a5b';

describe('problem details for every error', () => {
  let testApp: TestApp;
  useTestApp((built) => {
    testApp = built;
  });

  const get = (url: string) => testApp.app.inject({ url, headers: bearer() });

  test('when a handler throws a factory problem, then its status, code and members are answered', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/v1/bookings/${someId}/cancel`,
      headers: bearer(),
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({
      type: 'urn:calbridge:problem:slot_taken',
      title: 'Conflict',
      status: 409,
      code: 'slot_taken',
      detail: 'The slot is already booked.',
      instance: `/v1/bookings/${someId}/cancel`,
      bookingId: 'b-1',
    });
  });

  test('when a handler throws unprocessable with field errors, then 422 carries them', async () => {
    const response = await testApp.app.inject({ method: 'PATCH', url: `/v1/bookings/${someId}`, headers: bearer() });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'end_before_start',
      title: 'Unprocessable Content',
      errors: [{ field: 'body.end', message: 'Must be after start' }],
    });
  });

  test('when a handler throws notFound, then 404 <resource>_not_found names what is missing', async () => {
    const response = await get('/v1/bookings/5f0c6a2e-1d3b-4e5f-8a9b-0c1d2e3f4a5b');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'booking_not_found', detail: 'Booking not found' });
  });

  test('when no route matches, then 404 not_found problem+json', async () => {
    const response = await testApp.app.inject({ url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'not_found', instance: '/nowhere' });
  });

  test('when a handler throws unexpectedly, then 500 internal without the message, and the error is logged', async () => {
    const response = await get('/v1/boom');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ status: 500, code: 'internal' });
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('at ');
    const logged = testApp.logLines().find((line) => line.msg === 'request failed unexpectedly');
    expect(JSON.stringify(logged)).toContain('hunter2');
  });

  test('when a response does not match its schema, then 500 internal', async () => {
    const response = await get('/v1/bad-response');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'internal' });
  });

  test('when any problem is answered, then it matches the published Problem schema', async () => {
    for (const url of ['/v1/boom', '/nowhere', '/v1/bookings/x', '/v1/me']) {
      const response = await testApp.app.inject({ url });
      expect(problemDetailsSchema.safeParse(response.json()).success).toBe(true);
    }
  });
});
