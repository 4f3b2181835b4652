import { z } from 'zod';

// RFC 3339 requires the offset; a local date-time would be read differently by each consumer.
export const instantSchema = z.iso
  .datetime({ offset: true })
  .describe('An instant as an RFC 3339 date-time with seconds and an offset (Z or ±hh:mm)');

export type Instant = z.infer<typeof instantSchema>;
