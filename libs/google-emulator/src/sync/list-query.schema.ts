import { z } from 'zod';

const last = (value: unknown) => (Array.isArray(value) ? value.at(-1) : value);
const one = <T extends z.ZodType>(schema: T) => z.preprocess(last, schema.optional());
const many = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string()),
);
const bool = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Query parameters of events.list as the Node client serialises them (repeated keys for arrays). */
export const listQuerySchema = z.object({
  maxResults: one(z.string().regex(/^-?\d+$/)),
  pageToken: one(z.string()),
  syncToken: one(z.string()),
  showDeleted: one(bool),
  singleEvents: one(bool),
  timeMin: one(z.string()),
  timeMax: one(z.string()),
  updatedMin: one(z.string()),
  orderBy: one(z.enum(['startTime', 'updated'])),
  q: one(z.string()),
  iCalUID: one(z.string()),
  timeZone: one(z.string()),
  originalStart: one(z.string()),
  privateExtendedProperty: many,
  sharedExtendedProperty: many,
  eventTypes: many,
});

export type RawListQuery = z.infer<typeof listQuerySchema>;
