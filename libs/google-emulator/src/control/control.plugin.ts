import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { registerAclRoutes } from './acl.routes.ts';
import { registerCalendarControlRoutes } from './calendars.routes.ts';
import { registerOAuthControlRoutes } from './oauth-control.routes.ts';
import { registerServiceAccountRoutes } from './service-accounts.routes.ts';
import { registerSyncTokenRoutes } from './sync-tokens.routes.ts';
import { registerUserRoutes } from './users.routes.ts';

/** The control API under /_emulator: what the Google Calendar UI or the Cloud console would do (spec §7). */
export function controlPlugin(deps: EmulatorDeps) {
  return async (app: FastifyInstance) => {
    registerUserRoutes(app, deps);
    registerCalendarControlRoutes(app, deps);
    registerAclRoutes(app, deps);
    registerServiceAccountRoutes(app, deps);
    registerOAuthControlRoutes(app, deps);
    registerSyncTokenRoutes(app, deps);
  };
}
