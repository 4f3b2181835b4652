import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { notFound } from '../errors/api-errors.ts';
import { forbiddenForServiceAccounts } from '../errors/auth-errors.ts';
import { renderEvent } from './event.render.ts';
import { buildEventContent } from './event-content.build.ts';
import { rawEventContent } from './event-content.raw.ts';
import { parseEventInput } from './event-input.parse.ts';
import { lookupEvent } from './event-lookup.ts';
import { writeEvent } from './event-write.ts';
import { mergePatch } from './json-merge-patch.ts';
import { assertIfMatch } from './preconditions.ts';

export interface ModifyEventRequest {
  calendarId: string;
  eventId: string;
  body: unknown;
  ifMatch?: string | string[];
  /** `patch` merges into the stored event; `update` replaces it wholesale (reference §3.2). */
  mode: 'patch' | 'update';
}

export function modifyEvent(deps: EmulatorDeps, principal: Principal, request: ModifyEventRequest) {
  const { calendar } = accessCalendar(deps.state, principal, request.calendarId, 'eventsWrite');
  const found = lookupEvent(calendar, request.eventId);
  if (found === undefined) throw notFound();
  assertIfMatch(request.ifMatch, found.event.etag);
  const document =
    request.mode === 'patch' ? mergePatch(rawEventContent(found.event.content), request.body ?? {}) : request.body;
  const input = parseEventInput(document);
  // Instances never carry their own recurrence; Google ignores one sent for them.
  if (found.event.recurringEventId !== undefined) input.recurrence = undefined;
  const content = buildEventContent(input, found.event.content);
  if (principal.kind === 'serviceAccount' && content.attendees !== undefined) throw forbiddenForServiceAccounts();
  const event = writeEvent(deps, calendar, found, content);
  return renderEvent(event, { calendar, zone: calendar.timeZone });
}
