import type { FastifyInstance } from 'fastify';
import { authenticate } from '../auth/bearer-auth.ts';
import { registerCalendarRoutes } from '../calendars/calendars.routes.ts';
import { registerColorRoutes } from '../colors/colors.routes.ts';
import { registerEventRoutes } from '../events/events.routes.ts';
import { applyFaults } from '../faults/fault.hook.ts';
import { registerPushRoutes } from '../push/push.routes.ts';
import { enforceQuota } from '../quota/quota.hook.ts';
import type { EmulatorDeps } from './emulator-deps.ts';

/** Everything under /calendar/v3: authentication, quota and injected faults first, as at Google's front end. */
export function calendarApiPlugin(deps: EmulatorDeps) {
  return async (api: FastifyInstance) => {
    api.addHook('preHandler', async (request) => {
      request.principal = authenticate(deps.state, deps.clock, request.headers.authorization);
      enforceQuota(deps, request);
      await applyFaults(deps, request);
    });
    registerEventRoutes(api, deps);
    registerCalendarRoutes(api, deps);
    registerColorRoutes(api);
    registerPushRoutes(api, deps);
  };
}
