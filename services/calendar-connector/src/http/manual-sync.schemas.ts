import { idField } from '@calbridge/http';
import { z } from 'zod';

const directionField = z.enum(['both', 'to_calendar', 'from_calendar']);

export const manualSyncBodySchema = z.strictObject({
  direction: directionField,
  roomId: idField.optional().describe('Only this room’s calendar'),
});

export const manualSyncParams = z.strictObject({ id: idField, syncId: idField });

export const manualSyncStartedSchema = z.object({ syncId: z.uuid() }).meta({ id: 'ManualSyncStarted' });

export const manualSyncSchema = z
  .object({
    id: z.uuid(),
    direction: directionField,
    roomId: z.uuid().optional(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    progress: z.object({
      calendarsTotal: z.number().int(),
      calendarsDone: z.number().int(),
      eventsChanged: z.number().int().describe('Events of other people availability was told about'),
      bookingsWritten: z.number().int().describe('Bookings found missing or different in Google, or never written'),
    }),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    error: z.string().optional(),
  })
  .meta({ id: 'ManualSync' });
