import type { AddressInfo } from 'node:net';
import { buildApp } from './app/build-app.ts';
import type { EmulatorDeps } from './app/emulator-deps.ts';
import { type Clock, systemClock } from './clock/clock.ts';
import { createEventJsonCache } from './events/event-json-cache.ts';
import type { DeliveryLogEntry } from './push/delivery-log.model.ts';
import { createPushDispatcher } from './push/push-dispatcher.ts';
import { createTaskScheduler } from './push/task-scheduler.ts';
import type { RequestLogEntry } from './requests/request-log.model.ts';
import type { EmulatorSettings } from './settings/emulator-settings.ts';
import { registerSnapshotHook } from './snapshot/snapshot.hook.ts';
import { loadSnapshot } from './snapshot/snapshot-file.ts';
import { createSnapshotWriter } from './snapshot/snapshot-writer.ts';
import { createBoundedLog } from './state/bounded-log.ts';
import { createControls } from './state/controls.ts';
import { createEmptyState } from './state/emulator-state.ts';

export interface EmulatorOptions {
  /** 0 picks a free port. Default 8085. */
  port?: number;
  host?: string;
  /** Accept `http://` push addresses on loopback hosts (Google requires HTTPS). */
  allowHttpPushOnLoopback?: boolean;
  snapshotFile?: string;
  clock?: Clock;
  logger?: boolean;
  /** Fidelity switches; also settable at run time with `PUT /_emulator/settings`. */
  settings?: Partial<EmulatorSettings>;
}

export interface Emulator {
  url: string;
  close(): Promise<void>;
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let url = '';
  const snapshotFile = options.snapshotFile;
  const state = (snapshotFile === undefined ? undefined : await loadSnapshot(snapshotFile)) ?? createEmptyState();
  const allowHttp = options.allowHttpPushOnLoopback;
  const controls = createControls({
    ...options.settings,
    ...(allowHttp === undefined ? {} : { allowHttpPushOnLoopback: allowHttp }),
  });
  const startupSettings = Object.freeze({ ...controls.settings });
  const clock = options.clock ?? systemClock;
  const deliveryLog = createBoundedLog<DeliveryLogEntry>(100_000);
  const scheduler = createTaskScheduler();
  const random = Math.random;
  const deps: EmulatorDeps = {
    state,
    controls,
    startupSettings,
    clock,
    random,
    requestLog: createBoundedLog<RequestLogEntry>(100_000),
    deliveryLog,
    eventJson: createEventJsonCache(),
    publicUrl: () => url,
    push: createPushDispatcher({ state, controls, clock, random, deliveryLog, scheduler }),
    scheduler,
  };
  const app = buildApp(deps, { logger: options.logger ?? false });
  app.addHook('onClose', async () => scheduler.cancelAll());
  if (snapshotFile !== undefined) {
    registerSnapshotHook(
      app,
      createSnapshotWriter(snapshotFile, state, (error) => app.log.error({ err: error }, 'snapshot failed')),
    );
  }
  await app.listen({ port: options.port ?? 8085, host: options.host ?? '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  return {
    url,
    close: async () => {
      await app.close();
    },
  };
}
