import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuthorizeRoutes } from '../auth/authorize.routes.ts';
import { registerRevokeRoutes } from '../auth/revoke.routes.ts';
import { registerTokenRoutes } from '../auth/token.routes.ts';
import { controlPlugin } from '../control/control.plugin.ts';
import { registerRequestLog } from '../requests/request-log.hook.ts';
import { calendarApiPlugin } from './calendar-api.plugin.ts';
import type { EmulatorDeps } from './emulator-deps.ts';
import { handleError, handleNotFound } from './error-handler.ts';
import './request-principal.ts';

export interface AppOptions {
  logger: boolean;
}

/** Builds the HTTP surface from explicit deps; never listens. */
export function buildApp(deps: EmulatorDeps, options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger, keepAliveTimeout: 60_000, bodyLimit: 4 * 1024 * 1024 });
  app.decorateRequest('principal', null);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  registerRequestLog(app, deps);
  app.register(calendarApiPlugin(deps), { prefix: '/calendar/v3' });
  app.register(controlPlugin(deps), { prefix: '/_emulator' });
  registerTokenRoutes(app, deps);
  registerAuthorizeRoutes(app, deps);
  registerRevokeRoutes(app, deps);
  return app;
}
