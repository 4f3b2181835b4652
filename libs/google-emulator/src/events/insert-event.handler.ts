import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { accessCalendar } from '../calendars/calendar-access.ts';
import { duplicate } from '../errors/api-errors.ts';
import { forbiddenForServiceAccounts } from '../errors/auth-errors.ts';
import { base32hexId } from '../ids/random-ids.ts';
import { recordChange } from '../sync/record-change.ts';
import { assertClientEventId } from './client-event-id.ts';
import { createStoredEvent } from './event.factory.ts';
import { renderEvent } from './event.render.ts';
import { buildEventContent } from './event-content.build.ts';
import { parseEventInput } from './event-input.parse.ts';

export function insertEvent(deps: EmulatorDeps, principal: Principal, calendarId: string, body: unknown) {
  const { calendar } = accessCalendar(deps.state, principal, calendarId, 'eventsWrite');
  const input = parseEventInput(body);
  if (input.id) assertClientEventId(input.id);
  const content = buildEventContent(input);
  if (principal.kind === 'serviceAccount' && content.attendees !== undefined) throw forbiddenForServiceAccounts();
  // Tombstones keep their ids: re-inserting a deleted event's id is a duplicate (reference §1.2).
  if (input.id && calendar.events.has(input.id)) throw duplicate();
  const event = createStoredEvent(deps, calendar, { id: input.id || base32hexId(), content, creator: principal.email });
  recordChange(deps, calendar, [event]);
  if (content.recurrence !== undefined) event.instancesSeq = event.seq;
  return renderEvent(event, { calendar, zone: calendar.timeZone });
}
