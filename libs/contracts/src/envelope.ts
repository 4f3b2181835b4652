import { z } from 'zod';
import { partnerIdSchema } from './schemas/identifiers.schema.ts';
import { instantSchema } from './schemas/instant.schema.ts';

// CloudEvents 1.0 structured JSON (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md).
// Loose, so extension attributes added later reach consumers instead of failing them.
export const envelopeSchema = z.looseObject({
  specversion: z.literal('1.0'),
  id: z.uuid().describe('Unique per event; the deduplication key of every consumer'),
  type: z.string().min(1),
  source: z.string().min(1).describe('Name of the publishing service'),
  time: instantSchema,
  // A booking's, room's or block's uuid, or a Google id for the connector's events about calendars.
  subject: z.string().min(1).describe('Id of the aggregate the event is about'),
  partnerid: partnerIdSchema,
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export function envelopeOf<const Type extends string, Data extends z.ZodType>(type: Type, data: Data) {
  return envelopeSchema.extend({ type: z.literal(type), data });
}
