import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.schema.ts';
import { isNotBefore } from './chronology.ts';
import { instantSchema } from './instant.schema.ts';

// Fields as Google Calendar reports them, copied verbatim by the connector (its own time zone names included).
const eventDetails = {
  id: z.string().min(1),
  summary: z.string().optional(),
  timeZone: z.string().optional(),
  colorId: z.string().optional(),
  recurringEventId: z.string().optional(),
  updated: instantSchema.optional(),
  etag: z.string().optional(),
};

const liveDetails = {
  ...eventDetails,
  status: z.enum(['confirmed', 'tentative']),
  transparency: z.enum(['opaque', 'transparent']),
};

// Google allows zero-length timed events; they block nothing but must still reach availability to release a block.
const timedEventSchema = z
  .looseObject({ ...liveDetails, allDay: z.literal(false), start: instantSchema, end: instantSchema })
  .refine((event) => isNotBefore(event.start, event.end), {
    message: 'Invalid end: must not be before start',
    path: ['end'],
  });

// The end date is exclusive, so a one-day event ends the day after it starts.
const allDayEventSchema = z
  .looseObject({ ...liveDetails, allDay: z.literal(true), startDate: calendarDateSchema, endDate: calendarDateSchema })
  // YYYY-MM-DD strings sort like the dates they name.
  .refine((event) => event.endDate > event.startDate, {
    message: 'Invalid endDate: must be after startDate (it is exclusive)',
    path: ['endDate'],
  });

// Google guarantees only id and status for deleted events, so everything else is optional here.
const cancelledEventSchema = z.looseObject({
  ...eventDetails,
  status: z.literal('cancelled'),
  allDay: z.boolean().optional(),
  start: instantSchema.optional(),
  end: instantSchema.optional(),
  startDate: calendarDateSchema.optional(),
  endDate: calendarDateSchema.optional(),
  transparency: z.enum(['opaque', 'transparent']).optional(),
});

export const calendarEventSnapshotSchema = z.discriminatedUnion('status', [
  cancelledEventSchema,
  z.discriminatedUnion('allDay', [timedEventSchema, allDayEventSchema]),
]);

export type CalendarEventSnapshot = z.infer<typeof calendarEventSnapshotSchema>;
