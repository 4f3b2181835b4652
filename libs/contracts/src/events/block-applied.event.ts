import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { isAfter } from '../schemas/chronology.ts';
import {
  aggregateVersionSchema,
  entityIdSchema,
  googleIdSchema,
  partnerIdSchema,
} from '../schemas/identifiers.schema.ts';
import { instantSchema } from '../schemas/instant.schema.ts';

// An upsert keyed by block id; all-day blocks carry the instants of their days in the room's time zone.
export const blockAppliedDataSchema = z.looseObject({
  block: z
    .looseObject({
      id: entityIdSchema,
      partnerId: partnerIdSchema,
      roomId: entityIdSchema,
      start: instantSchema,
      end: instantSchema,
      allDay: z.boolean(),
      source: z.looseObject({
        integrationId: entityIdSchema,
        calendarId: googleIdSchema,
        eventId: googleIdSchema,
      }),
      version: aggregateVersionSchema,
    })
    .refine((block) => isAfter(block.start, block.end), { message: 'Invalid end: must be after start', path: ['end'] }),
  conflicts: z.array(entityIdSchema).describe('Ids of the active bookings whose start lies inside the block'),
});

export type BlockAppliedData = z.infer<typeof blockAppliedDataSchema>;

export const blockAppliedEventSchema = envelopeOf('BlockApplied', blockAppliedDataSchema);

export type BlockAppliedEvent = z.infer<typeof blockAppliedEventSchema>;
