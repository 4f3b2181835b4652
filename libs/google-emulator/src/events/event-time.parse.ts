import { DateTime, IANAZone } from 'luxon';
import { invalid, required } from '../errors/api-errors.ts';
import type { EventTime } from './event.model.ts';

export interface RawEventTime {
  date?: string | null;
  dateTime?: string | null;
  timeZone?: string | null;
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function parseEventTime(raw: RawEventTime | null | undefined, which: 'start' | 'end'): EventTime {
  if (raw === null || raw === undefined || (!raw.date && !raw.dateTime)) throw required(`Missing ${which} time.`);
  const timeZone = raw.timeZone ?? undefined;
  if (timeZone !== undefined && !IANAZone.isValidZone(timeZone)) {
    throw invalid(`Invalid time zone definition for ${which} time.`);
  }
  if (raw.date && raw.dateTime) throw invalid(`Invalid ${which} time.`);
  if (raw.date) {
    if (!DATE_ONLY.test(raw.date) || !DateTime.fromISO(raw.date, { zone: 'UTC' }).isValid) {
      throw invalid(`Invalid ${which} time.`);
    }
    return { date: raw.date };
  }
  const text = raw.dateTime ?? '';
  if (!HAS_OFFSET.test(text) && timeZone === undefined)
    throw required(`Missing time zone definition for ${which} time.`);
  const parsed = DateTime.fromISO(text, HAS_OFFSET.test(text) ? { setZone: true } : { zone: timeZone });
  if (!parsed.isValid) throw invalid(`Invalid ${which} time.`);
  return { instant: parsed.toMillis(), ...(timeZone === undefined ? {} : { timeZone }) };
}
