import type { z } from 'zod';
import { blockAppliedEventSchema } from './events/block-applied.event.ts';
import { blockReleasedEventSchema } from './events/block-released.event.ts';
import { bookingCancelledEventSchema } from './events/booking-cancelled.event.ts';
import { bookingCreatedEventSchema } from './events/booking-created.event.ts';
import { bookingEventRestoredEventSchema } from './events/booking-event-restored.event.ts';
import { bookingUpdatedEventSchema } from './events/booking-updated.event.ts';
import { conflictDetectedEventSchema } from './events/conflict-detected.event.ts';
import { eventChangedEventSchema } from './events/event-changed.event.ts';
import { integrationStatusChangedEventSchema } from './events/integration-status-changed.event.ts';
import { roomUpsertedEventSchema } from './events/room-upserted.event.ts';

// The full envelope schema of every event type: the one list the registry, parser and JSON Schemas derive from.
export const eventSchemas = {
  RoomUpserted: roomUpsertedEventSchema,
  BookingCreated: bookingCreatedEventSchema,
  BookingUpdated: bookingUpdatedEventSchema,
  BookingCancelled: bookingCancelledEventSchema,
  EventChanged: eventChangedEventSchema,
  BlockApplied: blockAppliedEventSchema,
  BlockReleased: blockReleasedEventSchema,
  ConflictDetected: conflictDetectedEventSchema,
  IntegrationStatusChanged: integrationStatusChangedEventSchema,
  BookingEventRestored: bookingEventRestoredEventSchema,
} as const;

export type EventType = keyof typeof eventSchemas;

export type EventOf<Type extends EventType> = z.output<(typeof eventSchemas)[Type]>;

export type EventDataOf<Type extends EventType> = EventOf<Type>['data'];

export type EventDataInputOf<Type extends EventType> = z.input<(typeof eventSchemas)[Type]>['data'];

export type CalbridgeEvent = EventOf<EventType>;

export const eventTypes = Object.keys(eventSchemas) as EventType[];
