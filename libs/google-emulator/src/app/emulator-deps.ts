import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { Clock } from '../clock/clock.ts';
import type { DeliveryLog } from '../push/delivery-log.model.ts';
import type { RequestLog } from '../requests/request-log.model.ts';
import type { Controls } from '../state/controls.ts';
import type { EmulatorState } from '../state/emulator-state.ts';

/** What every route and domain function receives; nothing in the emulator reaches for module state. */
export interface EmulatorDeps {
  state: EmulatorState;
  controls: Controls;
  clock: Clock;
  random: () => number;
  requestLog: RequestLog;
  deliveryLog: DeliveryLog;
  /** The emulator's own origin, known once it listens. */
  publicUrl: () => string;
  /** Called after every change to a calendar's events: push channels hang off it. */
  notifyChange: (calendar: CalendarRecord) => void;
}
