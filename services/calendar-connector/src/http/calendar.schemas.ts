import { z } from 'zod';

export const calendarChoiceSchema = z
  .object({
    id: z.string(),
    summary: z.string(),
    timeZone: z.string().optional(),
    accessRole: z.string().describe('Google accessRole: owner, writer, reader, freeBusyReader (none: no access)'),
    primary: z.boolean().optional(),
  })
  .meta({ id: 'CalendarChoice' });

export const calendarChoicesSchema = z.object({
  items: z.array(calendarChoiceSchema),
  nextCursor: z.null().describe('Always null: every page of Google’s list is followed'),
});

export const authorizeResponseSchema = z.object({ url: z.url().describe('Send the partner to this Google page') });

export const callbackQuery = z.looseObject({
  state: z.string().max(2000).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
});
