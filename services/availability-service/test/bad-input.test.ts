import { randomUUID } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { blockIdOf } from '../src/blocks/block-id.ts';
import { dailySchedule, type PartnerApi } from './support/api.ts';
import { useAvailabilityService } from './support/availability.suite.ts';
import type { AvailabilityService } from './support/availability-fixture.ts';
import { eventChanged, partnerId, roomUpserted, timedEvent } from './support/events.ts';
import { newRoom } from './support/published.ts';

let service: AvailabilityService;
let api: PartnerApi;
useAvailabilityService((started) => ({ service, api } = started));

const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field).sort();
const get = (url: string) => service.app.inject({ url, headers: service.bearer(partnerId) });

describe('ids in any letter case', () => {
  test('when a room id is written in upper case, then it is the same room, answered in lower case', async () => {
    const roomId = await newRoom(service, 'Europe/Warsaw');

    const put = await api.putSchedule(roomId.toUpperCase(), dailySchedule('10:00', '12:00', 60, 60));
    const read = await get(`/v1/rooms/${roomId}/schedule`);

    expect(put.statusCode).toBe(200);
    expect(put.json().roomId).toBe(roomId);
    expect(read.json()).toMatchObject({ roomId, slotMinutes: 60 });
  });

  test('when RoomUpserted names the room in upper case, then the API finds it by its lower-case id', async () => {
    const roomId = randomUUID();
    await service.deliver(roomUpserted(roomId.toUpperCase(), 'Europe/Warsaw'));

    const response = await api.availability(roomId, '2026-09-07', '2026-09-08');

    expect(response.statusCode).toBe(200);
  });

  test('when a block is overridden with upper-case ids, then that block is released', async () => {
    const roomId = await newRoom(service, 'UTC');
    await service.deliver(
      eventChanged('case-cal', [roomId], timedEvent('c1', '2026-09-07T10:00:00Z', '2026-09-07T11:00:00Z')),
    );
    const blockId = blockIdOf(roomId, 'case-cal', 'c1');

    const deleted = await api.deleteBlock(roomId.toUpperCase(), blockId.toUpperCase());

    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id: blockId, roomId, state: 'released' });
  });
});

describe('input a client should never get a 500 for', () => {
  test('when a path parameter holds NUL or is not an id, then 400 names it', async () => {
    const roomId = await newRoom(service, 'UTC');
    const nul = await get('/v1/rooms/%00/blocks');
    const block = await api.deleteBlock(roomId, 'a%00b');
    const notAnId = await get('/v1/rooms/room-1/block-rules');

    expect([nul.statusCode, block.statusCode, notAnId.statusCode]).toEqual([400, 400, 400]);
    expect(fieldsOf(nul.json())).toEqual(['params.roomId']);
    expect(fieldsOf(block.json())).toEqual(['params.blockId']);
    expect(fieldsOf(notAnId.json())).toEqual(['params.roomId']);
  });

  test('when a path parameter is 101–200 characters long, then 400 naming it, as the document says, not 414', async () => {
    const response = await get(`/v1/rooms/${'a'.repeat(150)}/blocks`);
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json())).toEqual(['params.roomId']);
  });

  test('when a route is called with a method it does not take, then 405 with Allow', async () => {
    const roomId = await newRoom(service, 'UTC');
    const headers = service.bearer(partnerId);
    const response = await service.app.inject({ method: 'POST', url: `/v1/rooms/${roomId}/availability`, headers });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});

describe('one list shape, and documents that say what is sent', () => {
  test('when blocks are listed, then limit is 1–200 and the last page has nextCursor null', async () => {
    const roomId = await newRoom(service, 'UTC');
    const empty = await api.blocks(roomId, { limit: '200' });
    const tooMany = await api.blocks(roomId, { limit: '201' });

    expect(empty.json()).toEqual({ items: [], nextCursor: null });
    expect(fieldsOf(tooMany.json())).toEqual(['query.limit']);
  });

  test('when the OpenAPI document is read, then 404s are problem+json and patterns are portable', async () => {
    const document = (await service.app.inject({ url: '/openapi.json' })).json();
    const blocks = document.paths['/v1/rooms/{roomId}/blocks/{blockId}'].delete;

    expect(Object.keys(blocks.responses['404'].content)).toEqual(['application/problem+json']);
    expect(JSON.stringify(document)).not.toMatch(/\\\\p\{/);
  });
});
