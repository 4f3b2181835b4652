import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { renderCalendar } from '../calendars/calendar.render.ts';
import type { EventTime, StoredEvent } from '../events/event.model.ts';
import { renderEvent } from '../events/event.render.ts';
import { controlError } from './control-body.ts';

type ViewParams = { Params: { calendarId: string } };

/**
 * What the calendar's owner sees in the Google Calendar UI, for a person following `make demo` in a browser or a
 * test looking over their shoulder: the calendar, who it is shared with, and its live events in time order (deleted
 * ones are gone from the UI too). Read-only; the Calendar API stays the only way to change anything.
 */
export function registerCalendarViewRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.get<ViewParams>('/calendars/:calendarId', async (request) => {
    const calendar = deps.state.calendars.get(request.params.calendarId);
    if (calendar === undefined) throw controlError(404, `no calendar ${request.params.calendarId}`);
    const live = [...calendar.events.values()].filter((event) => event.content.status !== 'cancelled');
    return {
      ...renderCalendar(calendar),
      owner: calendar.owner,
      sharedWith: [...calendar.acl].map(([email, role]) => ({ email, role })),
      events: live
        .sort((a, b) => startOf(a) - startOf(b))
        .map((event) => renderEvent(event, { calendar, zone: calendar.timeZone })),
    };
  });
}

const startOf = (event: StoredEvent): number => instantOf(event.content.start);
const instantOf = (time: EventTime): number => ('date' in time ? Date.parse(`${time.date}T00:00:00Z`) : time.instant);
