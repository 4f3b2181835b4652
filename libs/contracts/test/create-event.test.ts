import { describe, expect, test } from '@jest/globals';
import { createEvent, InvalidEventError, parseEvent } from '../src/index.ts';
import { exampleData, partnerId } from './event-examples.ts';

const publisher = { source: 'booking-service', subject: 'booking-1', partnerId };

describe('createEvent', () => {
  test('when only the data is given, then a complete CloudEvents envelope with a fresh id and time comes back', () => {
    const before = Date.now();

    const event = createEvent('BookingCreated', { ...publisher, data: exampleData.BookingCreated });

    expect(event).toEqual({
      specversion: '1.0',
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      type: 'BookingCreated',
      source: 'booking-service',
      time: expect.any(String),
      subject: 'booking-1',
      partnerid: partnerId,
      datacontenttype: 'application/json',
      data: exampleData.BookingCreated,
    });
    expect(Date.parse(event.time)).toBeGreaterThanOrEqual(before - 1);
  });

  test('when an id and a time are given, then the envelope carries them, so a replay keeps its identity', () => {
    const id = 'a3f1c7e2-9b4d-4e8a-b1c6-2d7e9f0a1b3c';

    const event = createEvent('BookingCreated', {
      ...publisher,
      data: exampleData.BookingCreated,
      id,
      time: '2026-12-01T08:00:00Z',
    });

    expect(event).toMatchObject({ id, time: '2026-12-01T08:00:00Z' });
  });

  test('when events are created one after another, then their ids sort in creation order', () => {
    const ids = Array.from(
      { length: 50 },
      () => createEvent('BookingCreated', { ...publisher, data: exampleData.BookingCreated }).id,
    );

    expect([...ids].sort()).toEqual(ids);
  });

  test('when two events are created, then their ids differ', () => {
    const first = createEvent('RoomUpserted', { ...publisher, data: exampleData.RoomUpserted });
    const second = createEvent('RoomUpserted', { ...publisher, data: exampleData.RoomUpserted });

    expect(first.id).not.toBe(second.id);
  });

  test('when the created event is serialised and parsed by a consumer, then the consumer sees the same event', () => {
    const event = createEvent('BlockReleased', { ...publisher, data: exampleData.BlockReleased });

    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual({ ok: true, event });
  });

  test('when the data breaks the contract, then it throws naming the event type and every bad field', () => {
    const data = { room: { ...exampleData.RoomUpserted.room, timezone: 'Mars/Olympus', name: undefined } };

    const create = () => createEvent('RoomUpserted', { ...publisher, data: data as never });

    expect(create).toThrow(InvalidEventError);
    expect(create).toThrow(
      /^invalid RoomUpserted event: data\.room\.name: .*; data\.room\.timezone: Invalid time zone/,
    );
  });

  test('when the partner id is not a uuid, then it throws naming partnerid', () => {
    const create = () =>
      createEvent('ConflictDetected', { ...publisher, partnerId: 'p1', data: exampleData.ConflictDetected });

    expect(create).toThrow(/partnerid: /);
  });
});
