import { describe, expect, test } from '@jest/globals';
import { eventTypes, parseEvent } from '../src/index.ts';
import { exampleData, exampleEnvelope } from './event-examples.ts';
import { failingFields, reasonOf } from './parse-helpers.ts';
import { requiredPaths, withoutPath } from './required-fields.ts';

const missingFieldCases = eventTypes.flatMap((type) => requiredPaths(type).map((path) => [type, path] as const));

describe('parseEvent', () => {
  test.each(eventTypes)('when a valid %s arrives, then it is accepted with its data intact', (type) => {
    const result = parseEvent(exampleEnvelope(type));

    expect(result).toEqual({ ok: true, event: exampleEnvelope(type) });
  });

  test.each(missingFieldCases)('when %s lacks %s, then the reason names that field', (type, path) => {
    const result = parseEvent(withoutPath(exampleEnvelope(type), path));

    expect(reasonOf(result)).toMatch(new RegExp(`(^|; )${path.replaceAll('.', '\\.')}: `));
  });

  test('when the envelope, data and nested objects carry fields unknown to this version, then they are accepted and kept', () => {
    const booking = { ...exampleData.BookingCreated.booking, giftCard: { code: 'XMAS' } };
    const envelope = exampleEnvelope('BookingCreated', { booking, replayed: true });
    envelope.comexampleregion = 'eu-central';

    const result = parseEvent(envelope);

    expect(result).toEqual({ ok: true, event: envelope });
  });

  test('when several fields are wrong, then the reason names every one of them', () => {
    const envelope = exampleEnvelope('BookingCreated', {
      booking: { ...exampleData.BookingCreated.booking, version: -1, price: { amount: 10.5, currency: 'pln' } },
    });
    envelope.time = '2026-12-01T08:00:00';

    const result = parseEvent(envelope);

    expect(failingFields(result)).toEqual([
      'time',
      'data.booking.price.amount',
      'data.booking.price.currency',
      'data.booking.version',
    ]);
  });

  test('when an id calbridge issues is not a uuid, then the event is refused naming it; upper case is accepted', () => {
    const booking = exampleData.BookingCreated.booking;
    const roomIdOf = (roomId: string) =>
      parseEvent(exampleEnvelope('BookingCreated', { booking: { ...booking, roomId } }));

    expect(failingFields(roomIdOf('room-1'))).toEqual(['data.booking.roomId']);
    expect(roomIdOf(booking.roomId.toUpperCase()).ok).toBe(true);
  });

  test('when a booking ends before it starts, then it is refused on end', () => {
    const booking = { ...exampleData.BookingUpdated.booking, end: '2026-12-05T17:00:00+01:00' };

    const result = parseEvent(exampleEnvelope('BookingUpdated', { booking }));

    expect(result).toEqual({ ok: false, reason: 'data.booking.end: Invalid end: must be after start' });
  });

  test('when a BookingCancelled carries a booking that is not cancelled, then it is refused on status', () => {
    const result = parseEvent(exampleEnvelope('BookingCancelled', exampleData.BookingCreated));

    expect(reasonOf(result)).toMatch(/^data\.booking\.status: /);
  });

  test.each([null, 'not an event', 42, [exampleEnvelope('BookingCreated')]])(
    'when the message is %p, then it is refused as not an event object',
    (value) => {
      expect(parseEvent(value)).toEqual({ ok: false, reason: '(root): expected a CloudEvents JSON object' });
    },
  );

  test('when the type is unknown, then the reason names it and lists the known types', () => {
    const result = parseEvent({ ...exampleEnvelope('BookingCreated'), type: 'BookingTeleported' });

    expect(reasonOf(result)).toBe(
      `type: unknown event type "BookingTeleported", expected one of ${eventTypes.join(', ')}`,
    );
  });

  test('when the type is an inherited object property name, then it is still an unknown type', () => {
    const result = parseEvent({ ...exampleEnvelope('BookingCreated'), type: 'toString' });

    expect(reasonOf(result)).toMatch(/^type: unknown event type "toString"/);
  });
});
