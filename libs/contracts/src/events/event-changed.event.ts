import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { calendarEventSnapshotSchema } from '../schemas/calendar-event-snapshot.schema.ts';
import { entityIdSchema, googleIdSchema } from '../schemas/identifiers.schema.ts';

// Published only for events calbridge did not write itself (spec §3).
export const eventChangedDataSchema = z.looseObject({
  integrationId: entityIdSchema,
  calendarId: googleIdSchema,
  roomIds: z.array(entityIdSchema).describe('Every room linked to the calendar; a block applies to each'),
  event: calendarEventSnapshotSchema,
});

export type EventChangedData = z.infer<typeof eventChangedDataSchema>;

export const eventChangedEventSchema = envelopeOf('EventChanged', eventChangedDataSchema);

export type EventChangedEvent = z.infer<typeof eventChangedEventSchema>;
