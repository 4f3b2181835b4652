import type { Clock } from '../clock/clock.ts';
import type { EventJsonCache } from '../events/event-json-cache.ts';
import type { DeliveryLog } from '../push/delivery-log.model.ts';
import type { PushNotifier } from '../push/push-notifier.ts';
import type { TaskScheduler } from '../push/task-scheduler.ts';
import type { RequestLog } from '../requests/request-log.model.ts';
import type { EmulatorSettings } from '../settings/emulator-settings.ts';
import type { Controls } from '../state/controls.ts';
import type { EmulatorState } from '../state/emulator-state.ts';

/** What every route and domain function receives; nothing in the emulator reaches for module state. */
export interface EmulatorDeps {
  state: EmulatorState;
  controls: Controls;
  /** What `reset` returns the settings to. */
  startupSettings: Readonly<EmulatorSettings>;
  clock: Clock;
  random: () => number;
  requestLog: RequestLog;
  eventJson: EventJsonCache;
  deliveryLog: DeliveryLog;
  /** The emulator's own origin, known once it listens. */
  publicUrl: () => string;
  /** Told about new channels and every change to a calendar's events. */
  push: PushNotifier;
  /** Pending push work; `reset` cancels it. */
  scheduler: TaskScheduler;
}
