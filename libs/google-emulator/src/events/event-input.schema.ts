import { z } from 'zod';

const text = z.string().nullish();
const flag = z.boolean().nullish();
const timeInput = z.object({ date: text, dateTime: text, timeZone: text }).nullish();
const propertyMap = z.record(z.string(), z.string().nullable()).nullish();

/** The writable part of an Event as a client may send it; unknown and read-only fields are ignored like Google does. */
export const eventInputSchema = z.object({
  id: z.string().nullish(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).nullish(),
  summary: text,
  description: text,
  location: text,
  colorId: text,
  start: timeInput,
  end: timeInput,
  recurrence: z.array(z.string()).nullish(),
  transparency: z.enum(['opaque', 'transparent']).nullish(),
  visibility: z.enum(['default', 'public', 'private', 'confidential']).nullish(),
  extendedProperties: z.object({ private: propertyMap, shared: propertyMap }).nullish(),
  reminders: z
    .object({
      useDefault: flag,
      overrides: z.array(z.object({ method: z.string(), minutes: z.number().int() })).nullish(),
    })
    .nullish(),
  attendees: z.array(z.record(z.string(), z.unknown())).nullish(),
  source: z.object({ url: z.string(), title: text }).nullish(),
  iCalUID: text,
  eventType: text,
  guestsCanModify: flag,
  guestsCanInviteOthers: flag,
  guestsCanSeeOtherGuests: flag,
  anyoneCanAddSelf: flag,
});

export type EventInput = z.infer<typeof eventInputSchema>;
