import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { fieldsOf, fullBooking, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { usePartnerRoom } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let api: ApiClient;
let roomId: string;
const partnerId = randomUUID();
usePartnerRoom(partnerId, (started) => ({ fixture, api, roomId } = started));

/** Raw JSON, so escapes such as \u0000 and lone surrogates reach the server exactly as a client wrote them. */
const postRaw = (path: string, json: string, contentType = 'application/json') =>
  fetch(fixture.url + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${fixture.tokenFor(partnerId)}`, 'content-type': contentType },
    body: json,
  });
const problemOf = async (response: Response) =>
  (await response.json()) as { code?: string; errors?: { field: string }[] };
const withField = (body: object, field: string, rawValue: string) =>
  `${JSON.stringify(body).slice(0, -1)},"${field}":"${rawValue}"}`;

describe('input a client should never get a 500 for', () => {
  test('when notes or externalRef hold NUL, a lone surrogate or a control character, then 400 names the field; tab and newline stay in notes', async () => {
    const cases = [
      ['notes', '\\u0000'],
      ['notes', 'half \\ud83d'],
      ['notes', 'bell \\u0007'],
      ['externalRef', 'ref\\u0000'],
      ['externalRef', 'tab\\tref'],
    ];
    for (const [field = '', raw = ''] of cases) {
      const { notes: _notes, externalRef: _ref, ...body } = fullBooking(roomId);
      const response = await postRaw('/v1/bookings', withField(body, field, raw));
      expect({ field, raw, status: response.status }).toEqual({ field, raw, status: 400 });
      expect(fieldsOf(await problemOf(response))).toEqual([`body.${field}`]);
    }
    const lines = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Lines', notes: 'a\n\tb' });
    expect((await api.get(`/v1/bookings/${lines.body.id}`)).body.notes).toBe('a\n\tb');
  });

  test('when a booking is dated before 2000 or more than ten years ahead, then 400 names the field', async () => {
    const far = new Date();
    far.setUTCFullYear(far.getUTCFullYear() + 11);
    const cases = [
      { start: '0000-01-01T10:00:00Z', end: '0000-01-01T11:00:00Z' },
      { start: '1999-12-31T22:00:00Z', end: '1999-12-31T23:00:00Z' },
      { start: '9999-12-31T10:00:00Z', end: '9999-12-31T11:00:00Z' },
      { start: far.toISOString(), end: new Date(far.getTime() + 3_600_000).toISOString() },
    ];
    for (const dates of cases) {
      const created = await api.post('/v1/bookings', { roomId, ...dates, name: 'Time traveller' });
      expect({ dates, status: created.status }).toEqual({ dates, status: 400 });
      expect(fieldsOf(created.body)).toEqual(['body.end', 'body.start']);
    }
    const { body: booking } = await api.post('/v1/bookings', { roomId, ...nextHour(), name: 'Mover' });
    const moved = await api.patch(`/v1/bookings/${booking.id}`, { end: '9999-12-31T11:00:00Z' });
    expect(moved.status).toBe(400);
    expect(fieldsOf(moved.body)).toEqual(['body.end']);
  });

  test('when a list window has from after to, then 400 names query.to, as availability does', async () => {
    const response = await api.get('/v1/bookings?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z');
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['query.to']);
  });

  test('when a body is sent as UTF-16, then 415 instead of reading it as UTF-8', async () => {
    const body = JSON.stringify({ roomId, ...nextHour(), name: 'Wide' });
    const response = await postRaw('/v1/bookings', body, 'application/json; charset=utf-16');
    expect(response.status).toBe(415);
    expect((await problemOf(response)).code).toBe('unsupported_media_type');
  });

  test('when a booking path is called with a method it does not take, then 405 with Allow', async () => {
    const response = await fetch(`${fixture.url}/v1/bookings/${randomUUID()}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${fixture.tokenFor(partnerId)}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, PATCH');
  });
});

describe('one list shape', () => {
  test('when limit is 200, then it is accepted; 201 or 0 is 400 naming query.limit', async () => {
    expect((await api.get('/v1/bookings?limit=200')).status).toBe(200);
    for (const limit of ['0', '201'])
      expect(fieldsOf((await api.get(`/v1/rooms?limit=${limit}`)).body)).toEqual(['query.limit']);
  });

  test('when the last page is full, then its nextCursor is null rather than a cursor to an empty page', async () => {
    const page = await api.get(`/v1/rooms?limit=1`);
    expect(page.body).toEqual({ items: [expect.objectContaining({ id: roomId })], nextCursor: null });
  });
});
