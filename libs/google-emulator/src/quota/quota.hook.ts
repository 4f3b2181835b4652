import type { FastifyRequest } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { quotaExceeded } from '../errors/usage-errors.ts';
import { admitRequest } from './quota-usage.ts';

const EVENT_WRITE = /\/events(\/[^/]+)?$/;

/** Read-only calendars refuse event writes (reference §5.4); every call then counts against the per-minute quota. */
export function enforceQuota(deps: EmulatorDeps, request: FastifyRequest): void {
  const principal = request.principal;
  if (principal === null) return;
  const { quotas, usage } = deps.controls;
  const path = request.url.split('?', 1)[0] ?? '';
  const write = request.method !== 'GET' && EVENT_WRITE.test(path) && !path.endsWith('/watch');
  if (write && quotas.readOnlyUsers.has(principal.email)) throw quotaExceeded();
  // "each patch request consumes three quota units" (Calendar v3 reference, events.patch).
  const units = request.method === 'PATCH' ? 3 : 1;
  admitRequest(usage, quotas, principal.email, units, deps.clock.now());
}
