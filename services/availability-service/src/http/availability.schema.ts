import { orderedWindow } from '@calbridge/http';
import { z } from 'zod';

const maxWindowDays = 92;
const dayMs = 86_400_000;

const boundary = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .describe("An RFC 3339 instant, or a date meaning that day's start in the room's time zone");

export const availabilityQuerySchema = z
  .strictObject({ from: boundary, to: boundary.describe('Exclusive end of the window') })
  .superRefine(orderedWindow)
  .superRefine(({ from, to }, context) => {
    // Dates are compared as UTC here; the room's zone moves them by less than a day, well inside the limit.
    if (Date.parse(to) - Date.parse(from) > maxWindowDays * dayMs)
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `Invalid to: the window is at most ${maxWindowDays} days`,
      });
  });

const instant = z.string().describe('RFC 3339 instant (UTC)');

export const availabilitySchema = z
  .strictObject({
    timezone: z.string().describe("The room's time zone (or its schedule's)"),
    busy: z.array(z.strictObject({ start: instant, end: instant, kind: z.enum(['booking', 'block']), id: z.string() })),
    slots: z
      .array(
        z.strictObject({
          start: instant,
          end: instant,
          status: z.enum(['free', 'booked', 'blocked']),
          bookingId: z.string().optional(),
          blockId: z.string().optional(),
        }),
      )
      .optional()
      .describe('Present when the room has a schedule'),
  })
  .meta({ id: 'Availability' });
