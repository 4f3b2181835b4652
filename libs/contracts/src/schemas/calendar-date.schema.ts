import { z } from 'zod';

// All-day events travel as dates, not instants: each consumer resolves them in its room's time zone.
export const calendarDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD');

export type CalendarDate = z.infer<typeof calendarDateSchema>;
