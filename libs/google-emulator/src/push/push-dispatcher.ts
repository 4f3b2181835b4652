import type { Clock } from '../clock/clock.ts';
import { appendEntry } from '../state/bounded-log.ts';
import type { Controls } from '../state/controls.ts';
import type { EmulatorState } from '../state/emulator-state.ts';
import type { Channel } from './channel.model.ts';
import type { DeliveryLog } from './delivery-log.model.ts';
import { notificationHeaders } from './notification-headers.ts';
import { postNotification } from './push-delivery.ts';
import type { PushNotifier } from './push-notifier.ts';
import type { TaskScheduler } from './task-scheduler.ts';

export interface PushDispatcherDeps {
  state: EmulatorState;
  controls: Controls;
  clock: Clock;
  random: () => number;
  deliveryLog: DeliveryLog;
  scheduler: TaskScheduler;
}

type State = 'sync' | 'exists';

// Google push guide: these codes mean delivered; 500/502/503/504 are retried with exponential backoff.
const DELIVERED = new Set([102, 200, 201, 202, 204]);
const RETRIED = new Set([500, 502, 503, 504]);

export function createPushDispatcher(deps: PushDispatcherDeps): PushNotifier {
  const active = (channel: Channel) =>
    !channel.stopped && deps.clock.now() < channel.expiration && deps.state.channels.get(channel.id) === channel;

  const attempt =
    (channel: Channel, state: State, messageNumber: number, attemptNo: number) => async (signal: AbortSignal) => {
      if (!active(channel)) return;
      const outcome = await postNotification(
        channel.address,
        notificationHeaders(channel, state, messageNumber),
        signal,
      );
      if (signal.aborted) return;
      appendEntry(deps.deliveryLog, {
        at: new Date(deps.clock.now()).toISOString(),
        channelId: channel.id,
        state,
        messageNumber,
        address: channel.address,
        status: outcome.status,
        attempt: attemptNo,
        ...(outcome.error === undefined ? {} : { error: outcome.error }),
      });
      const retry = outcome.status === null || (!DELIVERED.has(outcome.status) && RETRIED.has(outcome.status));
      const { pushMaxAttempts, pushRetryBaseDelayMs } = deps.controls.settings;
      if (retry && attemptNo < pushMaxAttempts) {
        deps.scheduler.later(
          pushRetryBaseDelayMs * 2 ** (attemptNo - 1),
          attempt(channel, state, messageNumber, attemptNo + 1),
        );
      }
    };

  const send = (channel: Channel, state: State, messageNumber: number) => {
    const faults = deps.controls.pushFaults;
    if (deps.random() < faults.drop) {
      const at = new Date(deps.clock.now()).toISOString();
      const entry = {
        at,
        channelId: channel.id,
        state,
        messageNumber,
        address: channel.address,
        status: null,
        attempt: 0,
      };
      appendEntry(deps.deliveryLog, { ...entry, dropped: true });
      return;
    }
    const copies = deps.random() < faults.duplicate ? 2 : 1;
    for (let copy = 0; copy < copies; copy += 1)
      deps.scheduler.later(faults.delayMs, attempt(channel, state, messageNumber, 1));
  };

  return {
    channelCreated(channel) {
      // "Sync messages always have an X-Goog-Message-Number HTTP header value of 1."
      channel.lastMessageNumber = 1;
      send(channel, 'sync', 1);
    },
    calendarChanged(calendar) {
      for (const channel of deps.state.channels.values()) {
        if (channel.calendarId !== calendar.id || !active(channel)) continue;
        // Message numbers increase but are not sequential, so a gap never proves a loss.
        channel.lastMessageNumber += 2 + Math.floor(deps.random() * 5);
        send(channel, 'exists', channel.lastMessageNumber);
      }
    },
  };
}
