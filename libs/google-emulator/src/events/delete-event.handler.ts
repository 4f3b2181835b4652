import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { deleted, notFound } from '../errors/api-errors.ts';
import { lookupEvent } from './event-lookup.ts';
import { writeEvent } from './event-write.ts';
import { assertIfMatch } from './preconditions.ts';

export interface DeleteEventRequest {
  calendarId: string;
  eventId: string;
  ifMatch?: string | string[];
}

/** Leaves a tombstone that keeps the id; deleting it again answers 410 deleted (reference §3.4). */
export function deleteEvent(deps: EmulatorDeps, principal: Principal, request: DeleteEventRequest): void {
  const { calendar } = accessCalendar(deps.state, principal, request.calendarId, 'eventsWrite');
  const found = lookupEvent(calendar, request.eventId);
  if (found === undefined) throw notFound();
  if (found.event.content.status === 'cancelled') throw deleted();
  assertIfMatch(request.ifMatch, found.event.etag);
  writeEvent(deps, calendar, found, { ...found.event.content, status: 'cancelled' });
}
