import type { CalendarEventSnapshot } from '@calbridge/contracts';
import type { AllDayRule } from './block-rules.ts';

// Google's colour id "11" is the red ("Tomato") of the event palette; https://developers.google.com/calendar/api/v3/reference/colors
const isRed = (event: CalendarEventSnapshot): boolean => event.colorId === '11';

// "Busy" is Google's opaque transparency; "Free" events are transparent.
const isBusy = (event: CalendarEventSnapshot): boolean => event.transparency !== 'transparent';

/**
 * Red is a colour, not a free/busy state: Google creates all-day events as "Free", so a red one must block under
 * `red` and `red_or_busy` whatever its transparency. A transparent event of another colour blocks only under `all`.
 */
export function ruleMatches(rule: AllDayRule, event: CalendarEventSnapshot): boolean {
  switch (rule) {
    case 'all':
      return true;
    case 'busy':
      return isBusy(event);
    case 'red':
      return isRed(event);
    case 'red_or_busy':
      return isRed(event) || isBusy(event);
    case 'none':
      return false;
  }
}
