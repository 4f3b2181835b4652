import { describe, expect, test } from '@jest/globals';
import { bearer, demoBooking, partnerId, type TestApp, useTestApp } from './support/test-app.ts';

const validBooking = demoBooking;

describe('request validation', () => {
  let testApp: TestApp;
  useTestApp(
    (built) => {
      testApp = built;
    },
    { bodyLimit: 4096 },
  );

  const post = (payload: string, contentType = 'application/json') =>
    testApp.app.inject({
      method: 'POST',
      url: '/v1/bookings',
      headers: { ...bearer(), 'content-type': contentType },
      payload,
    });

  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field).sort();

  test('when the body is valid, then the route answers with it', async () => {
    const response = await post(JSON.stringify(validBooking));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ ...validBooking, partnerId });
  });

  test('when the body is malformed JSON, then 400 malformed_json as problem+json', async () => {
    const response = await post('{"roomId": ');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 400, code: 'malformed_json', title: 'Malformed JSON' });
  });

  test('when fields have the wrong types, then 400 names each of them', async () => {
    const response = await post(JSON.stringify({ ...validBooking, start: 42, participants: 'many', name: false }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', status: 400, type: expect.any(String) });
    expect(fields(response.json())).toEqual(['body.name', 'body.participants', 'body.start']);
  });

  test('when required fields are missing, then 400 names each of them', async () => {
    const response = await post(JSON.stringify({ name: 'x' }));
    expect(response.statusCode).toBe(400);
    expect(fields(response.json())).toEqual(['body.end', 'body.roomId', 'body.start']);
  });

  test('when a nested field is invalid, then its full path is named', async () => {
    const response = await post(JSON.stringify({ ...validBooking, customer: { email: 'not-an-email' } }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'body.customer.email', message: expect.any(String) }]);
  });

  test('when the body has unknown fields, then 400 names each unknown key', async () => {
    const response = await post(
      JSON.stringify({ ...validBooking, colour: 'red', customer: { email: 'a@b.example', fax: '1' } }),
    );
    expect(response.statusCode).toBe(400);
    expect(fields(response.json())).toEqual(['body.colour', 'body.customer.fax']);
    expect(response.json().errors[0].message).toBe('Unknown field');
  });

  test('when the body exceeds the limit, then 413 payload_too_large', async () => {
    const response = await post(JSON.stringify({ ...validBooking, name: 'x'.repeat(5000) }));
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  test('when the body is not JSON, then 415 unsupported_media_type', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const response = await post('roomId=1', contentType);
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ code: 'unsupported_media_type', status: 415 });
    }
  });

  test('when the JSON body is empty, then 400 malformed_json', async () => {
    const response = await post('');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'malformed_json' });
  });

  test('when garbage of any shape is posted, then the answer is a 400 problem, never a 500', async () => {
    const garbage = [
      'null',
      'true',
      '42',
      '"a string"',
      '[]',
      '[{"roomId":1}]',
      '{}',
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '{"roomId":null,"start":null,"end":null,"name":null}',
      '{"roomId":{},"start":[],"end":{"$gt":""},"name":1e309}',
      '{"customer":"yes"}',
      '{"customer":[1,2,3]}',
      `{"name":"${'\\u0000'.repeat(10)}"}`,
      '{"a":'.repeat(500),
      `${'['.repeat(1000)}${']'.repeat(1000)}`,
      '\u0000\u0001\u0002',
      '{"roomId": "5f0c6a2e-1d3b-4e5f-8a9b-0c1d2e3f4a5b", "roomId": 7}',
      '\uFEFF{}',
      '{"start":"2026-02-30T25:61:00Z"}',
    ];
    for (const payload of garbage) {
      const response = await post(payload);
      expect({ payload, status: response.statusCode, type: response.headers['content-type'] }).toEqual({
        payload,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
    }
  });

  test('when a query parameter is invalid or unknown, then 400 names it under query', async () => {
    const response = await testApp.app.inject({ url: '/v1/bookings?limit=abc&sort=asc', headers: bearer() });
    expect(response.statusCode).toBe(400);
    expect(fields(response.json())).toEqual(['query.limit', 'query.sort']);
  });

  test('when query strings of any shape are garbage, then the answer is a 400 problem, never a 500', async () => {
    const queries = [
      'limit=1&limit=2',
      'limit[]=1',
      'limit=%00',
      'limit=1e999',
      'limit=%',
      'partnerId=',
      '__proto__=1',
    ];
    for (const query of queries) {
      const response = await testApp.app.inject({ url: `/v1/bookings?${query}`, headers: bearer() });
      expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
    }
  });

  test('when a body route is called without a body, then 400 names the body', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/v1/bookings', headers: bearer() });
    expect(response.statusCode).toBe(400);
    expect(fields(response.json())).toEqual(['body']);
  });

  test('when a path parameter is invalid, then 400 names it under params', async () => {
    const response = await testApp.app.inject({ url: '/v1/bookings/not-a-uuid', headers: bearer() });
    expect(response.statusCode).toBe(400);
    expect(fields(response.json())).toEqual(['params.id']);
  });

  test('when the path is not valid percent-encoding, then 400 problem+json', async () => {
    const response = await testApp.app.inject({ url: '/v1/bookings/%E0%A4%A', headers: bearer() });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'malformed_url' });
  });
});
