import { describe, expect, test } from '@jest/globals';
import { bearer, demoBooking, partnerId, type TestApp, useTestApp } from './support/test-app.ts';

const booking = demoBooking;

describe('text and ids as clients send them', () => {
  let testApp: TestApp;
  useTestApp((built) => {
    testApp = built;
  });

  const post = (payload: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/v1/bookings',
      headers: { ...bearer(), 'content-type': 'application/json' },
      payload,
    });
  const expectBadField = (response: Awaited<ReturnType<typeof post>>, field: string) => {
    expect({ status: response.statusCode, code: response.json().code }).toEqual({
      status: 400,
      code: 'validation_failed',
    });
    expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
  };

  test('when notes hold NUL, a lone surrogate or another control character, then 400 names body.notes; tab and newline stay', async () => {
    for (const notes of ['\\u0000', 'a\\ud800b', '\\udc00', 'bell\\u0007', 'c1\\u0085', 'del\\u007f']) {
      expectBadField(await post(`${JSON.stringify(booking).slice(0, -1)},"notes":"${notes}"}`), 'body.notes');
    }
    const kept = await post(JSON.stringify({ ...booking, notes: 'line 1\n\tline 2' }));
    expect(kept.json().notes).toBe('line 1\n\tline 2');
  });

  test('when a one-line field holds a tab or newline, then 400 names it', async () => {
    expectBadField(await post(JSON.stringify({ ...booking, name: 'a\tb' })), 'body.name');
    expectBadField(await post(JSON.stringify({ ...booking, name: 'a\nb' })), 'body.name');
  });

  test('when an undeclared string or a key holds NUL, then 400 names it before any other rule', async () => {
    expectBadField(await post(JSON.stringify({ ...booking, customer: { phone: 'a\u0000' } })), 'body.customer.phone');
    expectBadField(await post(JSON.stringify({ ...booking, 'x\u0000': 1 })), 'body.x\u0000');
  });

  test('when a path or query parameter holds NUL or a control character, then 400 names it', async () => {
    const path = await testApp.app.inject({ url: '/v1/echo/a%00b', headers: bearer() });
    expect(path.statusCode).toBe(400);
    expect(path.json().errors).toEqual([{ field: 'params.text', message: expect.any(String) }]);
    const query = await testApp.app.inject({ url: '/v1/bookings?cursor=a%01b', headers: bearer() });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
  });

  test('when an id is sent in upper case, then the handler sees it in lower case', async () => {
    const response = await post(JSON.stringify({ ...booking, roomId: booking.roomId.toUpperCase() }));
    expect(response.json()).toMatchObject({ roomId: booking.roomId, partnerId });
  });

  test('when the database refuses a value the client sent, then 400 invalid_value, never a 500', async () => {
    const response = await testApp.app.inject({ url: '/v1/refused-by-database', headers: bearer() });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_value' });
    expect(response.body).not.toContain('0x00');
    const logged = testApp.logLines().find((line) => line.code === 'invalid_value');
    expect(logged).toMatchObject({ msg: 'request refused', reason: expect.stringContaining('0x00') });
  });
});
