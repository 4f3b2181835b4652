import { describe, expect, test } from '@jest/globals';
import { createEvent, dlqTopic, type EventType, eventRegistry, keyOf, topicOf } from '../src/index.ts';
import { exampleData, partnerId, roomId } from './event-examples.ts';

// Spec §3, "Topics and keys": the ordering unit of each event.
const expectedRouting: [EventType, string, string][] = [
  ['RoomUpserted', 'booking.events.v1', roomId],
  ['BookingCreated', 'booking.events.v1', roomId],
  ['BookingUpdated', 'booking.events.v1', roomId],
  ['BookingCancelled', 'booking.events.v1', roomId],
  ['EventChanged', 'calendar.events.v1', 'vault@group.calendar.google.com'],
  ['BlockApplied', 'availability.events.v1', roomId],
  ['BlockReleased', 'availability.events.v1', roomId],
  ['ConflictDetected', 'availability.events.v1', roomId],
  ['IntegrationStatusChanged', 'integration.events.v1', 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f'],
  ['BookingEventRestored', 'integration.events.v1', 'c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f'],
];

function exampleEvent(type: EventType) {
  return createEvent(type, {
    source: 'test-publisher',
    subject: 'aggregate-1',
    partnerId,
    data: exampleData[type] as never,
  });
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe('event routing', () => {
  test.each(expectedRouting)('when a %s is published, then it goes to %s keyed by %s', (type, topic, key) => {
    const event = exampleEvent(type);

    expect({ topic: topicOf(event), key: keyOf(event) }).toEqual({ topic, key });
  });

  test.each(expectedRouting)(
    'when %s is read from the JSON Schema index, then its key path finds the same key',
    (type) => {
      const event = exampleEvent(type);

      expect(valueAt(event, eventRegistry[type].keyPath)).toBe(keyOf(event));
    },
  );

  test('when a consumer dead-letters a message, then the dead-letter topic is the topic with .dlq appended', () => {
    expect(dlqTopic('booking.events.v1')).toBe('booking.events.v1.dlq');
  });
});
