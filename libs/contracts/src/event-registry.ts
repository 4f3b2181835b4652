import type { EventDataOf, EventType } from './event-schemas.ts';
import { eventSchemas } from './event-schemas.ts';
import { type Topic, topics } from './topics.ts';

export type EventRegistration<Type extends EventType> = {
  topic: Topic;
  schema: (typeof eventSchemas)[Type];
  // The ordering key as a path into the envelope, for consumers that only read the JSON Schemas.
  keyPath: string;
  key: (data: EventDataOf<Type>) => string;
};

// Keys are the ordering units of spec §3: everything about one room, calendar or integration stays in order.
export const eventRegistry: { [Type in EventType]: EventRegistration<Type> } = {
  RoomUpserted: {
    topic: topics.booking,
    schema: eventSchemas.RoomUpserted,
    keyPath: 'data.room.id',
    key: (data) => data.room.id,
  },
  BookingCreated: {
    topic: topics.booking,
    schema: eventSchemas.BookingCreated,
    keyPath: 'data.booking.roomId',
    key: (data) => data.booking.roomId,
  },
  BookingUpdated: {
    topic: topics.booking,
    schema: eventSchemas.BookingUpdated,
    keyPath: 'data.booking.roomId',
    key: (data) => data.booking.roomId,
  },
  BookingCancelled: {
    topic: topics.booking,
    schema: eventSchemas.BookingCancelled,
    keyPath: 'data.booking.roomId',
    key: (data) => data.booking.roomId,
  },
  EventChanged: {
    topic: topics.calendar,
    schema: eventSchemas.EventChanged,
    keyPath: 'data.calendarId',
    key: (data) => data.calendarId,
  },
  BlockApplied: {
    topic: topics.availability,
    schema: eventSchemas.BlockApplied,
    keyPath: 'data.block.roomId',
    key: (data) => data.block.roomId,
  },
  BlockReleased: {
    topic: topics.availability,
    schema: eventSchemas.BlockReleased,
    keyPath: 'data.block.roomId',
    key: (data) => data.block.roomId,
  },
  ConflictDetected: {
    topic: topics.availability,
    schema: eventSchemas.ConflictDetected,
    keyPath: 'data.roomId',
    key: (data) => data.roomId,
  },
  IntegrationStatusChanged: {
    topic: topics.integration,
    schema: eventSchemas.IntegrationStatusChanged,
    keyPath: 'data.integration.id',
    key: (data) => data.integration.id,
  },
  BookingEventRestored: {
    topic: topics.integration,
    schema: eventSchemas.BookingEventRestored,
    keyPath: 'data.integrationId',
    key: (data) => data.integrationId,
  },
};
