import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { createQuotaUsage } from '../quota/quota-usage.ts';
import { parseControlBody } from './control-body.ts';

const limit = z.number().int().nonnegative().optional();
const quotasBody = z
  .object({
    enabled: z.boolean().optional(),
    perUserPerMinute: limit,
    perProjectPerMinute: limit,
    perCalendarWritesPerSecond: limit,
    status: z.union([z.literal(403), z.literal(429)]).optional(),
    readOnlyUsers: z.array(z.email()).optional(),
  })
  .strict();

/** Sets the given fields, keeps the others, and starts fresh windows so a test's budget is exact. 0 = no limit. */
export function registerQuotaRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.put('/quotas', async (request) => {
    const { readOnlyUsers, ...limits } = parseControlBody(quotasBody, request.body);
    const quotas = deps.controls.quotas;
    Object.assign(quotas, Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)));
    if (readOnlyUsers !== undefined) quotas.readOnlyUsers = new Set(readOnlyUsers);
    deps.controls.usage = createQuotaUsage();
    return { ...quotas, readOnlyUsers: [...quotas.readOnlyUsers] };
  });
}
