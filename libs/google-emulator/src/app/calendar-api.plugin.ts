import type { FastifyInstance } from 'fastify';
import { authenticate } from '../auth/bearer-auth.ts';
import { registerCalendarRoutes } from '../calendars/calendars.routes.ts';
import { registerColorRoutes } from '../colors/colors.routes.ts';
import { registerEventRoutes } from '../events/events.routes.ts';
import type { EmulatorDeps } from './emulator-deps.ts';

/** Everything under /calendar/v3: authentication first, as Google's front end does, then the feature routes. */
export function calendarApiPlugin(deps: EmulatorDeps) {
  return async (api: FastifyInstance) => {
    api.addHook('preHandler', async (request) => {
      request.principal = authenticate(deps.state, deps.clock, request.headers.authorization);
    });
    registerEventRoutes(api, deps);
    registerCalendarRoutes(api, deps);
    registerColorRoutes(api);
  };
}
