import rrulePkg from 'rrule';
import { invalid } from '../errors/api-errors.ts';
import { parseDateList } from './date-list.parse.ts';
import { toFloating } from './floating-time.ts';

const { RRule, RRuleSet } = rrulePkg;
export type RecurrenceSet = InstanceType<typeof RRuleSet>;

/** Builds an RRuleSet over floating time from Google's `recurrence` lines (RRULE, EXRULE, RDATE, EXDATE). */
export function buildRecurrenceSet(lines: string[], dtstart: Date, zone: string, allDay: boolean): RecurrenceSet {
  const set = new RRuleSet();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw invalid('Invalid recurrence rule.');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    switch (name.toUpperCase()) {
      case 'RRULE':
        set.rrule(buildRule(value, dtstart, zone, allDay));
        break;
      case 'EXRULE':
        set.exrule(buildRule(value, dtstart, zone, allDay));
        break;
      case 'RDATE':
        for (const date of parseDateList(params, value, zone)) set.rdate(date);
        break;
      case 'EXDATE':
        for (const date of parseDateList(params, value, zone)) set.exdate(date);
        break;
      default:
        throw invalid('Invalid recurrence rule.');
    }
  }
  return set;
}

function buildRule(value: string, dtstart: Date, zone: string, allDay: boolean) {
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(value);
  } catch {
    throw invalid('Invalid recurrence rule.');
  }
  if (options.freq === undefined) throw invalid('Invalid recurrence rule.');
  // RFC 5545: a UTC UNTIL is an instant; move it onto the floating clock the rule runs on.
  if (options.until && !allDay && /UNTIL=\d{8}T\d{6}Z/i.test(value)) {
    options.until = toFloating(options.until.getTime(), zone);
  }
  return new RRule({ ...options, dtstart });
}
