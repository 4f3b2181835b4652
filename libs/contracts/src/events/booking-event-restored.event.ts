import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { entityIdSchema, googleIdSchema, partnerIdSchema } from '../schemas/identifiers.schema.ts';
import { instantSchema } from '../schemas/instant.schema.ts';

// The mirror event's fields the connector compares with what it wrote (spec §5 "Bookings → calendar").
export const restoredEventFieldSchema = z.enum([
  'summary',
  'description',
  'location',
  'start',
  'end',
  'status',
  'colorId',
  'transparency',
]);

export type RestoredEventField = z.infer<typeof restoredEventFieldSchema>;

export const bookingEventRestoreChangeSchema = z.enum(['deleted', 'edited']);

export type BookingEventRestoreChange = z.infer<typeof bookingEventRestoreChangeSchema>;

// The booking is the source of truth for the event calbridge wrote for it: someone changed that event in Google and
// the connector wrote it back. Published once per restore, so it carries no version.
export const bookingEventRestoredDataSchema = z.looseObject({
  integrationId: entityIdSchema,
  partnerId: partnerIdSchema,
  roomId: entityIdSchema,
  bookingId: entityIdSchema,
  calendarId: googleIdSchema,
  eventId: googleIdSchema.describe('The Google event id of the booking’s event, as Google gives it'),
  change: bookingEventRestoreChangeSchema.describe('What someone did to the event in Google Calendar'),
  fields: z
    .array(restoredEventFieldSchema)
    .optional()
    .describe('For an edited event: the fields that differed from the booking and were written back'),
  restoredAt: instantSchema,
});

export type BookingEventRestoredData = z.infer<typeof bookingEventRestoredDataSchema>;

export const bookingEventRestoredEventSchema = envelopeOf('BookingEventRestored', bookingEventRestoredDataSchema);

export type BookingEventRestoredEvent = z.infer<typeof bookingEventRestoredEventSchema>;
