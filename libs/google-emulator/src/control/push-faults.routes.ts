import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { parseControlBody } from './control-body.ts';

const probability = z.number().min(0).max(1);
const pushFaultsBody = z.object({
  drop: probability.default(0),
  duplicate: probability.default(0),
  delayMs: z.number().int().min(0).default(0),
});

/** Push delivery faults: notifications are "not 100% reliable" (reference §4.5). Omitted fields reset to 0. */
export function registerPushFaultRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.put('/push', async (request) => {
    deps.controls.pushFaults = parseControlBody(pushFaultsBody, request.body);
    return deps.controls.pushFaults;
  });
}
