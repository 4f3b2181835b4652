import { invalid } from '../errors/api-errors.ts';
import { validateRecurrenceLines } from '../recurrence/recurrence-lines.validate.ts';
import { validateAttendees } from './attendees.validate.ts';
import type { EventContent } from './event.model.ts';
import type { EventInput } from './event-input.schema.ts';
import { parseEventTime } from './event-time.parse.ts';
import { validateEventTimes } from './event-times.validate.ts';
import { cleanExtendedProperties } from './extended-properties.ts';
import { buildReminders } from './reminders.build.ts';

const EVENT_COLOR_IDS = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);

/** Turns a full event body into stored content, dropping default values so responses omit them like Google. */
export function buildEventContent(input: EventInput, previous?: EventContent): EventContent {
  const start = parseEventTime(input.start, 'start');
  const end = parseEventTime(input.end, 'end');
  const recurrence = input.recurrence ?? undefined;
  if (recurrence !== undefined) validateRecurrenceLines(recurrence);
  validateEventTimes(start, end, recurrence !== undefined && recurrence.length > 0);
  if (input.colorId && !EVENT_COLOR_IDS.has(input.colorId)) throw invalid('Invalid color id.', 'colorId');
  validateAttendees(input.attendees);
  const eventType = previous?.eventType ?? input.eventType ?? 'default';
  if (input.eventType && input.eventType !== eventType) throw invalid('Event type cannot be changed.');
  const extendedProperties = cleanExtendedProperties(input.extendedProperties);
  const reminders = buildReminders(input.reminders);
  const content: EventContent = { status: input.status ?? 'confirmed', start, end, eventType };
  if (input.summary) content.summary = input.summary;
  if (input.description) content.description = input.description;
  if (input.location) content.location = input.location;
  if (input.colorId) content.colorId = input.colorId;
  if (recurrence !== undefined && recurrence.length > 0) content.recurrence = recurrence;
  if (input.transparency === 'transparent') content.transparency = 'transparent';
  if (input.visibility && input.visibility !== 'default') content.visibility = input.visibility;
  if (extendedProperties !== undefined) content.extendedProperties = extendedProperties;
  if (reminders !== undefined) content.reminders = reminders;
  if (input.attendees && input.attendees.length > 0) content.attendees = input.attendees;
  if (input.source)
    content.source = { url: input.source.url, ...(input.source.title ? { title: input.source.title } : {}) };
  if (input.iCalUID) content.iCalUID = input.iCalUID;
  if (input.guestsCanModify === true) content.guestsCanModify = true;
  if (input.guestsCanInviteOthers === false) content.guestsCanInviteOthers = false;
  if (input.guestsCanSeeOtherGuests === false) content.guestsCanSeeOtherGuests = false;
  if (input.anyoneCanAddSelf === true) content.anyoneCanAddSelf = true;
  return content;
}
