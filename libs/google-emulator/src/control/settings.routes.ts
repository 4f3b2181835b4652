import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { settingsSchema } from '../settings/emulator-settings.ts';
import { parseControlBody } from './control-body.ts';

/** Fidelity switches for the open questions of reference §11; unknown keys are refused. */
export function registerSettingsRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.get('/settings', async () => deps.controls.settings);
  app.put('/settings', async (request) => {
    const changes = parseControlBody(settingsSchema.partial().strict(), request.body);
    Object.assign(deps.controls.settings, changes);
    return deps.controls.settings;
  });
}
