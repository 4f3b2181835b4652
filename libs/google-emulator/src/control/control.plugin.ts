import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { registerAclRoutes } from './acl.routes.ts';
import { registerCalendarViewRoutes } from './calendar-view.routes.ts';
import { registerCalendarControlRoutes } from './calendars.routes.ts';
import { registerFaultRoutes } from './faults.routes.ts';
import { registerLogRoutes } from './logs.routes.ts';
import { registerOAuthClientRoutes } from './oauth-clients.routes.ts';
import { registerOAuthControlRoutes } from './oauth-control.routes.ts';
import { registerPushFaultRoutes } from './push-faults.routes.ts';
import { registerQuotaRoutes } from './quotas.routes.ts';
import { registerResetRoutes } from './reset.routes.ts';
import { registerServiceAccountRoutes } from './service-accounts.routes.ts';
import { registerSettingsRoutes } from './settings.routes.ts';
import { registerSyncTokenRoutes } from './sync-tokens.routes.ts';
import { registerTombstoneRoutes } from './tombstones.routes.ts';
import { registerUserRoutes } from './users.routes.ts';

/** The control API under /_emulator: what the Google Calendar UI or the Cloud console would do (spec §7). */
export function controlPlugin(deps: EmulatorDeps) {
  return async (app: FastifyInstance) => {
    registerUserRoutes(app, deps);
    registerCalendarControlRoutes(app, deps);
    registerCalendarViewRoutes(app, deps);
    registerAclRoutes(app, deps);
    registerServiceAccountRoutes(app, deps);
    registerOAuthClientRoutes(app, deps);
    registerOAuthControlRoutes(app, deps);
    registerSyncTokenRoutes(app, deps);
    registerTombstoneRoutes(app, deps);
    registerLogRoutes(app, deps);
    registerSettingsRoutes(app, deps);
    registerPushFaultRoutes(app, deps);
    registerQuotaRoutes(app, deps);
    registerFaultRoutes(app, deps);
    registerResetRoutes(app, deps);
  };
}
