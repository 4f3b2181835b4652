import { randomUUID } from 'node:crypto';
import { eventually } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { type TopicReader, useBookingTopic } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let reader: TopicReader;
const partnerId = randomUUID();

useBookingTopic((started) => ({ fixture, reader } = started));

const roomEvents = (roomId: string) =>
  reader.events.filter(({ event }) => event.type === 'RoomUpserted' && event.subject === roomId);

describe('rooms', () => {
  test('when a partner creates a room, then 201 with the room, and RoomUpserted version 1 is published keyed by it', async () => {
    const response = await fixture.as(partnerId).post('/v1/rooms', { name: 'Pharaoh', timezone: 'Europe/Warsaw' });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      partnerId,
      name: 'Pharaoh',
      timezone: 'Europe/Warsaw',
      version: 1,
    });
    const [published] = await eventually(() => {
      const events = roomEvents(response.body.id);
      expect(events).toHaveLength(1);
      return events;
    });
    expect(published?.key).toBe(response.body.id);
    expect(published?.event).toMatchObject({
      source: 'booking-service',
      partnerid: partnerId,
      data: { room: response.body },
    });
  });

  test('when a room is renamed and moved to another time zone, then each change publishes a newer version', async () => {
    const api = fixture.as(partnerId);
    const { body: room } = await api.post('/v1/rooms', { name: 'Alcatraz', timezone: 'Europe/Warsaw' });

    const renamed = await api.patch(`/v1/rooms/${room.id}`, { name: 'Alcatraz II' });
    const moved = await api.patch(`/v1/rooms/${room.id}`, { timezone: 'America/New_York' });

    expect(renamed.status).toBe(200);
    expect(moved.body).toMatchObject({ name: 'Alcatraz II', timezone: 'America/New_York', version: 3 });
    expect((await api.get(`/v1/rooms/${room.id}`)).body).toEqual(moved.body);
    await eventually(() =>
      expect(
        roomEvents(room.id).map(({ event }) => (event.data as { room: { version: number } }).room.version),
      ).toEqual([1, 2, 3]),
    );
  });

  test('when rooms are listed page by page, then every room of the partner appears once and only theirs', async () => {
    const owner = randomUUID();
    const api = fixture.as(owner);
    const created = [];
    for (let index = 0; index < 5; index++) {
      created.push((await api.post('/v1/rooms', { name: `Room ${index}`, timezone: 'UTC' })).body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await api.get(`/v1/rooms${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((room: { id: string }) => room.id));
      cursor = page.body.nextCursor;
    } while (cursor);

    expect(seen.sort()).toEqual(created.sort());
  });

  test('when the input is invalid, then 400 names each bad field and nothing is published', async () => {
    const api = fixture.as(partnerId);
    const cases: [unknown, string[]][] = [
      [{ name: 'x', timezone: 'Mars/Olympus' }, ['body.timezone']],
      [{ name: 'x', timezone: '+02:00' }, ['body.timezone']],
      [{ name: '', timezone: 'UTC' }, ['body.name']],
      [{ name: 'x'.repeat(201), timezone: 'UTC' }, ['body.name']],
      [{ timezone: 'UTC', colour: 'red' }, ['body.colour', 'body.name']],
    ];
    for (const [body, fields] of cases) {
      const response = await api.post('/v1/rooms', body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(fields);
    }
    const { body: room } = await api.post('/v1/rooms', { name: 'Valid', timezone: 'UTC' });
    const emptyPatch = await api.patch(`/v1/rooms/${room.id}`, {});
    expect(emptyPatch.status).toBe(400);
    expect((await api.get('/v1/rooms?cursor=garbage')).body.errors).toEqual([
      { field: 'query.cursor', message: expect.any(String) },
    ]);
  });

  test('when a room does not exist, then GET and PATCH answer 404 problem+json', async () => {
    const api = fixture.as(partnerId);
    const missing = await api.get(`/v1/rooms/${randomUUID()}`);
    const patched = await api.patch(`/v1/rooms/${randomUUID()}`, { name: 'x' });

    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ code: 'room_not_found' });
    expect(patched.status).toBe(404);
  });

  test('when an admin names a partner, then the room belongs to that partner; a partner may not name another', async () => {
    const admin = fixture.as(randomUUID(), 'admin');
    const other = randomUUID();

    const created = await admin.post('/v1/rooms', { name: 'By admin', timezone: 'UTC', partnerId: other });
    const forged = await fixture.as(partnerId).post('/v1/rooms', { name: 'x', timezone: 'UTC', partnerId: other });

    expect(created.body.partnerId).toBe(other);
    expect((await fixture.as(other).get(`/v1/rooms/${created.body.id}`)).status).toBe(200);
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('partner_forbidden');
  });

  test('when events are read, then every one validates against the contracts', () => {
    expect(reader.invalid).toEqual([]);
  });
});
