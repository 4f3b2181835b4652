import { timeZoneSchema } from '@calbridge/contracts';
import { z } from 'zod';
import { weekdays } from '../schedules/weekly-hours.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Invalid time: expected HH:MM (00:00–23:59)' });
const closing = z.union([clock, z.literal('24:00')]);

const openingHoursSchema = z
  .strictObject({
    from: clock,
    to: closing.describe('Exclusive; "24:00" is midnight, a time before `from` the next day'),
  })
  .refine((hours) => hours.from !== hours.to, { message: 'Invalid to: must differ from from', path: ['to'] });

const weeklySchema = z.strictObject(
  Object.fromEntries(weekdays.map((day) => [day, z.array(openingHoursSchema).max(24).optional()])) as Record<
    (typeof weekdays)[number],
    z.ZodOptional<z.ZodArray<typeof openingHoursSchema>>
  >,
);

export const scheduleInputSchema = z
  .strictObject({
    timezone: timeZoneSchema.optional().describe("Overrides the room's time zone (from RoomUpserted)"),
    weekly: weeklySchema.describe(
      'Opening hours per weekday, in local wall-clock time; overlapping hours (also across midnight) count as one opening',
    ),
    slotMinutes: z.int().min(5).max(1440).describe('How long each slot lasts'),
    everyMinutes: z.int().min(5).max(1440).describe('How often a slot starts inside opening hours'),
  })
  .meta({ id: 'ScheduleSettings' });

export const scheduleSchema = z
  .strictObject({
    roomId: z.string(),
    timezone: z.string().describe('The time zone slots are laid out in'),
    timezoneSource: z.enum(['room', 'schedule']),
    weekly: weeklySchema,
    slotMinutes: z.int(),
    everyMinutes: z.int(),
  })
  .meta({ id: 'Schedule' });
