import { blockReleaseReasonSchema } from '@calbridge/contracts';
import { pageQueryFields, pageSchema } from '@calbridge/http';
import { z } from 'zod';
import type { BlockRow } from '../blocks/block.repository.ts';

export const blockSchema = z
  .strictObject({
    id: z.string(),
    roomId: z.string(),
    start: z.string().describe('RFC 3339 instant; for all-day blocks the local midnight the first day starts'),
    end: z.string(),
    allDay: z.boolean(),
    state: z.enum(['active', 'released']),
    releaseReason: blockReleaseReasonSchema.optional(),
    source: z.strictObject({ integrationId: z.string(), calendarId: z.string(), eventId: z.string() }),
    version: z.int(),
  })
  .meta({ id: 'Block' });

export const blockListQuerySchema = z.strictObject({
  state: z.enum(['active', 'released']).default('active'),
  ...pageQueryFields,
});

export const blockPageSchema = pageSchema(blockSchema);

export function presentBlock(row: Omit<BlockRow, 'event' | 'partner_id' | 'linked' | 'overridden' | 'changed_at'>) {
  return {
    id: row.id,
    roomId: row.room_id,
    start: row.start_at?.toISOString() ?? '',
    end: row.end_at?.toISOString() ?? '',
    allDay: row.all_day,
    state: row.active ? ('active' as const) : ('released' as const),
    ...(row.release_reason ? { releaseReason: row.release_reason } : {}),
    source: { integrationId: row.integration_id, calendarId: row.calendar_id, eventId: row.event_id },
    version: row.version,
  };
}
