import { describe, expect, test } from '@jest/globals';
import { parseEvent } from '../src/index.ts';
import { exampleData, exampleEnvelope } from './event-examples.ts';
import { failingFields, reasonOf } from './parse-helpers.ts';

function restoredWith(changes: Record<string, unknown>) {
  return parseEvent(exampleEnvelope('BookingEventRestored', { ...exampleData.BookingEventRestored, ...changes }));
}

describe('BookingEventRestored', () => {
  test('when a deleted event was restored, then it is accepted without fields', () => {
    const { fields: _fields, ...deleted } = exampleData.BookingEventRestored;

    expect(parseEvent(exampleEnvelope('BookingEventRestored', { ...deleted, change: 'deleted' })).ok).toBe(true);
  });

  test('when an edited event names every field the connector compares, then it is accepted', () => {
    const fields = ['summary', 'description', 'location', 'start', 'end', 'status', 'colorId', 'transparency'];

    expect(restoredWith({ fields }).ok).toBe(true);
  });

  test('when the change is neither deleted nor edited, then it is refused on change', () => {
    expect(reasonOf(restoredWith({ change: 'moved' }))).toMatch(/^data\.change: /);
  });

  test('when fields names one the contract does not know, then it is refused on that entry', () => {
    expect(failingFields(restoredWith({ fields: ['start', 'attendees'] }))).toEqual(['data.fields.1']);
  });

  test('when the ids calbridge issues are not uuids, then each is named', () => {
    const result = restoredWith({ integrationId: 'int-1', roomId: 'room-1', bookingId: 'booking-1' });

    expect(failingFields(result)).toEqual(['data.integrationId', 'data.roomId', 'data.bookingId']);
  });

  test('when restoredAt has no offset or the event id is empty, then both are named', () => {
    const result = restoredWith({ restoredAt: '2026-12-01T08:00:05', eventId: '' });

    expect(failingFields(result)).toEqual(['data.eventId', 'data.restoredAt']);
  });
});
