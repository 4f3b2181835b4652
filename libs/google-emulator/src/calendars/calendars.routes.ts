import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { principalOf } from '../app/request-principal.ts';
import { requireScope } from '../auth/scopes.ts';
import { notFound } from '../errors/api-errors.ts';
import { renderCalendar } from './calendar.render.ts';
import { accessCalendar } from './calendar-access.ts';
import { listCalendarList } from './calendar-list.handler.ts';
import { isListedFor } from './calendar-list.listed.ts';
import { renderCalendarListEntry } from './calendar-list.render.ts';
import { registerCalendarListInsertRoute } from './calendar-list-insert.route.ts';

type CalendarParams = { Params: { calendarId: string } };

export function registerCalendarRoutes(api: FastifyInstance, deps: EmulatorDeps): void {
  api.get<CalendarParams>('/calendars/:calendarId', async (request) => {
    return renderCalendar(
      accessCalendar(deps.state, principalOf(request), request.params.calendarId, 'calendarsRead').calendar,
    );
  });

  api.get('/users/me/calendarList', async (request) => listCalendarList(deps, principalOf(request), request.query));

  /** For a service account only calendars.get proves access to a calendar shared with it (see isListedFor). */
  api.get<CalendarParams>('/users/me/calendarList/:calendarId', async (request) => {
    const principal = principalOf(request);
    requireScope(principal, 'calendarListRead');
    const id = request.params.calendarId === 'primary' ? principal.email : request.params.calendarId;
    const calendar = deps.state.calendars.get(id);
    const role = calendar?.acl.get(principal.email);
    const inserted = deps.state.accounts.get(principal.email)?.calendarList;
    if (calendar === undefined || role === undefined || !isListedFor(calendar, principal, inserted)) throw notFound();
    return renderCalendarListEntry(calendar, role, principal.email);
  });

  registerCalendarListInsertRoute(api, deps);
}
