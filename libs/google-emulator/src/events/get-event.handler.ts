import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { notFound } from '../errors/api-errors.ts';
import { renderEvent } from './event.render.ts';
import { lookupEvent } from './event-lookup.ts';
import { isNotModified } from './preconditions.ts';

export interface GetEventRequest {
  calendarId: string;
  eventId: string;
  timeZone?: string;
  ifNoneMatch?: string | string[];
}

/** `undefined` means 304 Not Modified. Deleted events still answer 200 with status "cancelled" (reference §1.4). */
export function getEvent(deps: EmulatorDeps, principal: Principal, request: GetEventRequest) {
  const { calendar, role } = accessCalendar(deps.state, principal, request.calendarId, 'eventsRead');
  const found = lookupEvent(calendar, request.eventId);
  if (found === undefined) throw notFound();
  if (isNotModified(request.ifNoneMatch, found.event.etag)) return undefined;
  const zone = request.timeZone ?? calendar.timeZone;
  return renderEvent(found.event, { calendar, zone, freeBusy: role === 'freeBusyReader' });
}
