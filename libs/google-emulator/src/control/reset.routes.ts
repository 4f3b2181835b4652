import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { createControls } from '../state/controls.ts';
import { createEmptyState, replaceState } from '../state/emulator-state.ts';

/** Forgets accounts, calendars, channels, logs, quotas and faults; settings return to their start-up values. */
export function registerResetRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/reset', async (_request, reply) => {
    deps.scheduler.cancelAll();
    replaceState(deps.state, createEmptyState());
    Object.assign(deps.controls, createControls(deps.startupSettings));
    deps.requestLog.entries = [];
    deps.deliveryLog.entries = [];
    return reply.code(204).send();
  });
}
