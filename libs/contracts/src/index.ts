export { type CreateEventInput, createEvent } from './create-event.ts';
export { type Envelope, envelopeOf, envelopeSchema } from './envelope.ts';
export { type EventRegistration, eventRegistry } from './event-registry.ts';
export { keyOf, topicOf } from './event-routing.ts';
export {
  type CalbridgeEvent,
  type EventDataInputOf,
  type EventDataOf,
  type EventOf,
  type EventType,
  eventSchemas,
  eventTypes,
} from './event-schemas.ts';
export {
  type BlockAppliedData,
  type BlockAppliedEvent,
  blockAppliedDataSchema,
  blockAppliedEventSchema,
} from './events/block-applied.event.ts';
export {
  type BlockReleasedData,
  type BlockReleasedEvent,
  type BlockReleaseReason,
  blockReleasedDataSchema,
  blockReleasedEventSchema,
  blockReleaseReasonSchema,
} from './events/block-released.event.ts';
export {
  type BookingCancelledData,
  type BookingCancelledEvent,
  bookingCancelledDataSchema,
  bookingCancelledEventSchema,
} from './events/booking-cancelled.event.ts';
export {
  type BookingCreatedData,
  type BookingCreatedEvent,
  bookingCreatedDataSchema,
  bookingCreatedEventSchema,
} from './events/booking-created.event.ts';
export {
  type BookingEventRestoreChange,
  type BookingEventRestoredData,
  type BookingEventRestoredEvent,
  bookingEventRestoreChangeSchema,
  bookingEventRestoredDataSchema,
  bookingEventRestoredEventSchema,
  type RestoredEventField,
  restoredEventFieldSchema,
} from './events/booking-event-restored.event.ts';
export {
  type BookingUpdatedData,
  type BookingUpdatedEvent,
  bookingUpdatedDataSchema,
  bookingUpdatedEventSchema,
} from './events/booking-updated.event.ts';
export {
  type ConflictDetectedData,
  type ConflictDetectedEvent,
  conflictDetectedDataSchema,
  conflictDetectedEventSchema,
} from './events/conflict-detected.event.ts';
export {
  type EventChangedData,
  type EventChangedEvent,
  eventChangedDataSchema,
  eventChangedEventSchema,
} from './events/event-changed.event.ts';
export {
  type IntegrationStatus,
  type IntegrationStatusChangedData,
  type IntegrationStatusChangedEvent,
  integrationStatusChangedDataSchema,
  integrationStatusChangedEventSchema,
  integrationStatusSchema,
} from './events/integration-status-changed.event.ts';
export {
  type RoomUpsertedData,
  type RoomUpsertedEvent,
  roomUpsertedDataSchema,
  roomUpsertedEventSchema,
} from './events/room-upserted.event.ts';
export { formatIssues } from './format-issues.ts';
export { InvalidEventError } from './invalid-event.error.ts';
export { type ParseEventResult, parseEvent } from './parse-event.ts';
export {
  type BookingSnapshot,
  type BookingStatus,
  bookingSnapshotSchema,
  bookingStatusSchema,
  type CancelledBookingSnapshot,
  cancelledBookingSnapshotSchema,
} from './schemas/booking-snapshot.schema.ts';
export { type CalendarDate, calendarDateSchema } from './schemas/calendar-date.schema.ts';
export { type CalendarEventSnapshot, calendarEventSnapshotSchema } from './schemas/calendar-event-snapshot.schema.ts';
export {
  aggregateVersionSchema,
  entityIdSchema,
  googleIdSchema,
  partnerIdSchema,
} from './schemas/identifiers.schema.ts';
export { type Instant, instantSchema } from './schemas/instant.schema.ts';
export { type Price, priceSchema } from './schemas/price.schema.ts';
export { timeZoneSchema } from './schemas/time-zone.schema.ts';
export { dlqTopic, type Topic, topics } from './topics.ts';
