import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { CalendarRecord } from '../calendars/calendar.model.ts';
import { changeCalendarAccess } from '../calendars/calendar-acl.ts';
import { controlError, parseControlBody } from './control-body.ts';

const aclBody = z.object({ email: z.email(), role: z.enum(['freeBusyReader', 'reader', 'writer', 'owner']) });
type AclParams = { Params: { calendarId: string; email?: string } };

export function registerAclRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  const calendarOf = (id: string): CalendarRecord => {
    const calendar = deps.state.calendars.get(id);
    if (calendar === undefined) throw controlError(404, `no calendar ${id}`);
    return calendar;
  };
  app.post<AclParams>('/calendars/:calendarId/acl', async (request) => {
    const { email, role } = parseControlBody(aclBody, request.body);
    const calendar = calendarOf(request.params.calendarId);
    if (email === calendar.owner && role !== 'owner') throw controlError(400, 'the owner cannot be demoted');
    changeCalendarAccess(deps, calendar, email, role);
    return {
      kind: 'calendar#aclRule',
      etag: calendar.etag,
      id: `user:${email}`,
      scope: { type: 'user', value: email },
      role,
    };
  });
  app.delete<AclParams>('/calendars/:calendarId/acl/:email', async (request, reply) => {
    const calendar = calendarOf(request.params.calendarId);
    const email = request.params.email ?? '';
    if (email === calendar.owner) throw controlError(400, 'the owner cannot be removed');
    if (!calendar.acl.has(email)) throw controlError(404, `${email} has no access to ${calendar.id}`);
    changeCalendarAccess(deps, calendar, email, undefined);
    return reply.code(204).send();
  });
}
