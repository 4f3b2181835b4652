import { z } from 'zod';
import { envelopeOf } from '../envelope.ts';
import { aggregateVersionSchema, entityIdSchema, partnerIdSchema } from '../schemas/identifiers.schema.ts';
import { timeZoneSchema } from '../schemas/time-zone.schema.ts';

export const roomUpsertedDataSchema = z.looseObject({
  room: z.looseObject({
    id: entityIdSchema,
    partnerId: partnerIdSchema,
    name: z.string(),
    timezone: timeZoneSchema,
    version: aggregateVersionSchema.optional(),
  }),
});

export type RoomUpsertedData = z.infer<typeof roomUpsertedDataSchema>;

export const roomUpsertedEventSchema = envelopeOf('RoomUpserted', roomUpsertedDataSchema);

export type RoomUpsertedEvent = z.infer<typeof roomUpsertedEventSchema>;
