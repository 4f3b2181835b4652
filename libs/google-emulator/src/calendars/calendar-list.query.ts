import { z } from 'zod';
import { invalid } from '../errors/api-errors.ts';
import type { AccessRole } from './calendar.model.ts';

const last = (value: unknown) => (Array.isArray(value) ? value.at(-1) : value);
const one = <T extends z.ZodType>(schema: T) => z.preprocess(last, schema.optional());

/** calendarList.list parameters; `syncToken` is refused since the emulator never issues one for calendar lists. */
const calendarListQuerySchema = z.object({
  minAccessRole: one(z.enum(['freeBusyReader', 'reader', 'writer', 'owner'])),
  maxResults: one(z.string().regex(/^-?\d+$/)),
  pageToken: one(z.string()),
  syncToken: one(z.string()),
  showDeleted: one(z.enum(['true', 'false'])),
  showHidden: one(z.enum(['true', 'false'])),
});

export interface CalendarListQuery {
  minAccessRole: AccessRole;
  maxResults: number;
  pageToken?: string;
}

const MAX_PAGE = 250;

export function parseCalendarListQuery(query: unknown): CalendarListQuery {
  const parsed = calendarListQuerySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const location = String(parsed.error.issues[0]?.path[0] ?? '');
    throw invalid(`Invalid value for: ${location}`, location);
  }
  const raw = parsed.data;
  if (raw.syncToken !== undefined) throw invalid('Invalid sync token value.', 'syncToken');
  const requested = raw.maxResults === undefined ? 100 : Number(raw.maxResults);
  if (requested < 1) {
    throw invalid(`Invalid value '${requested}'. Values must be within the range: [1, ${MAX_PAGE}]`, 'maxResults');
  }
  return {
    minAccessRole: raw.minAccessRole ?? 'freeBusyReader',
    // "The page size can never be larger than 250 entries."
    maxResults: Math.min(requested, MAX_PAGE),
    ...(raw.pageToken === undefined ? {} : { pageToken: raw.pageToken }),
  };
}
