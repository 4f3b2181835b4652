import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { appendEntry } from '../state/bounded-log.ts';

const LOGGED = /^\/(calendar\/v3\/|token$)/;

/** Records every Calendar API and token call, including ones the emulator failed on purpose. */
export function registerRequestLog(app: FastifyInstance, deps: EmulatorDeps): void {
  app.addHook('onResponse', async (request, reply) => {
    const path = safeDecode(request.url.split('?', 1)[0] ?? '');
    if (!LOGGED.test(path)) return;
    const { quotaUser } = request.query as { quotaUser?: unknown };
    appendEntry(deps.requestLog, {
      at: new Date(deps.clock.now()).toISOString(),
      method: request.method,
      path,
      principal: request.principal?.email ?? null,
      status: reply.statusCode,
      ...(typeof quotaUser === 'string' ? { quotaUser } : {}),
    });
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
