import type { FastifyRequest } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { quotaExceeded } from '../errors/usage-errors.ts';
import { admitRequest } from './quota-usage.ts';
import { quotaUserOf } from './quota-user.ts';

const EVENT_WRITE = /\/events(\/[^/]+)?$/;

type CalendarRoute = { params: { calendarId?: string }; query: { quotaUser?: unknown } };

/** Read-only calendars refuse event writes (reference §5.4); every call then counts against the rate limits. */
export function enforceQuota(deps: EmulatorDeps, request: FastifyRequest): void {
  const principal = request.principal;
  if (principal === null) return;
  const { params, query } = request as FastifyRequest & CalendarRoute;
  const quotaUser = quotaUserOf(query.quotaUser);
  const { quotas, usage } = deps.controls;
  const path = request.url.split('?', 1)[0] ?? '';
  const write = request.method !== 'GET' && EVENT_WRITE.test(path) && !path.endsWith('/watch');
  if (write && quotas.readOnlyUsers.has(principal.email)) throw quotaExceeded();
  const calendarId = params.calendarId === 'primary' ? principal.email : params.calendarId;
  admitRequest(
    usage,
    quotas,
    {
      userKey: quotaUser === undefined ? principal.email : `${principal.email} ${quotaUser}`,
      // "each patch request consumes three quota units" (Calendar v3 reference, events.patch).
      units: request.method === 'PATCH' ? 3 : 1,
      ...(write && calendarId !== undefined ? { writtenCalendar: calendarId } : {}),
    },
    deps.clock.now(),
  );
}
