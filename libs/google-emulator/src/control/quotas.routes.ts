import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { createQuotaUsage } from '../quota/quota-usage.ts';
import { parseControlBody } from './control-body.ts';

const quotasBody = z.object({
  perUserPerMinute: z.number().int().positive().optional(),
  perProjectPerMinute: z.number().int().positive().optional(),
  status: z.union([z.literal(403), z.literal(429)]).optional(),
  readOnlyUsers: z.array(z.email()).optional(),
});

/** Sets the given fields, keeps the others, and starts a fresh minute so a test's budget is exact. */
export function registerQuotaRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.put('/quotas', async (request) => {
    const { readOnlyUsers, ...limits } = parseControlBody(quotasBody, request.body);
    const quotas = deps.controls.quotas;
    Object.assign(quotas, limits);
    if (readOnlyUsers !== undefined) quotas.readOnlyUsers = new Set(readOnlyUsers);
    deps.controls.usage = createQuotaUsage();
    return { ...quotas, readOnlyUsers: [...quotas.readOnlyUsers] };
  });
}
