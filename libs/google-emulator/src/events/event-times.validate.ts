import { invalid, required, timeRangeEmpty } from '../errors/api-errors.ts';
import type { EventTime } from './event.model.ts';

export function validateEventTimes(start: EventTime, end: EventTime, recurring: boolean): void {
  if ('date' in start && 'date' in end) {
    if (end.date <= start.date) throw timeRangeEmpty();
  } else if ('instant' in start && 'instant' in end) {
    if (end.instant < start.instant) throw timeRangeEmpty();
  } else {
    throw invalid('Start and end times must either both be date or both be dateTime.');
  }
  // Calendar v3 reference, EventDateTime.timeZone: "For recurring events this field is required".
  if (recurring && 'instant' in start && start.timeZone === undefined) {
    throw required('Missing time zone definition for start time.');
  }
}
