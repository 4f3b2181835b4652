import type { FastifyInstance } from 'fastify';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { ensureAccount } from '../accounts/user-accounts.ts';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { renderCalendar } from '../calendars/calendar.render.ts';
import { createCalendarRecord } from '../calendars/calendar-factory.ts';
import { nextEtag } from '../ids/etag-source.ts';
import { base32hexId } from '../ids/random-ids.ts';
import { controlError, parseControlBody } from './control-body.ts';

const calendarBody = z.object({
  owner: z.email(),
  summary: z.string().min(1),
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), 'not an IANA time zone')
    .default('UTC'),
  id: z.string().min(1).optional(),
  description: z.string().optional(),
});

export function registerCalendarControlRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/calendars', async (request) => {
    const body = parseControlBody(calendarBody, request.body);
    const id = body.id ?? `${base32hexId(26)}@group.calendar.google.com`;
    if (deps.state.calendars.has(id)) throw controlError(409, `calendar ${id} already exists`);
    ensureAccount(deps, body.owner);
    const calendar = createCalendarRecord({
      ...body,
      id,
      primary: false,
      etag: nextEtag(deps.state.etags, deps.clock),
      now: deps.clock.now(),
    });
    deps.state.calendars.set(id, calendar);
    return { ...renderCalendar(calendar), owner: calendar.owner };
  });
}
