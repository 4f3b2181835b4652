import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { controlError, parseControlBody } from './control-body.ts';

const ruleSchema = z.object({
  method: z.string().optional(),
  path: z.string().optional(),
  times: z.number().int().positive().optional(),
  probability: z.number().min(0).max(1).default(1),
  status: z.number().int().min(400).max(599).optional(),
  reason: z.string().optional(),
  delayMs: z.number().int().min(0).optional(),
});
const faultsBody = z.object({ rules: z.array(ruleSchema) });

function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw controlError(400, `path: not a regular expression: ${pattern}`);
  }
}

/** Replaces all fault rules; `{ rules: [] }` clears them. `path` is a regex over the decoded request path. */
export function registerFaultRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.put('/faults', async (request) => {
    const { rules } = parseControlBody(faultsBody, request.body);
    deps.controls.faults = rules.map(({ times, path, ...rule }) => ({
      ...rule,
      ...(times === undefined ? {} : { remaining: times }),
      ...(path === undefined ? {} : { path: compile(path) }),
    }));
    return { rules };
  });
}
