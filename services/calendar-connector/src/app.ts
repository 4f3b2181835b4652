import type { HttpApp } from '@calbridge/http';
import { buildServiceHttpApp, type ServiceDeps } from '@calbridge/runtime';
import { registerChannelMetrics } from './channels/channel-metrics.ts';
import type { Config } from './config.ts';
import { connectorDeps } from './connector-context.ts';
import type { Database } from './db/database.ts';
import { calendarRoutes } from './http/calendars.routes.ts';
import { integrationActivationRoutes } from './http/integration-activation.routes.ts';
import { integrationRoutes } from './http/integrations.routes.ts';
import { manualSyncRoutes } from './http/manual-sync.routes.ts';
import { oauthRoutes } from './http/oauth.routes.ts';
import { roomLinkRoutes } from './http/room-links.routes.ts';
import { webhookRoutes } from './http/webhook.routes.ts';

export type AppDeps = ServiceDeps<Config, Database>;

/** Builds the HTTP app from explicit deps; never listens (src/main.ts owns the process). */
export async function buildApp(deps: AppDeps): Promise<HttpApp> {
  const app = await buildServiceHttpApp(deps);
  const connector = connectorDeps(deps);
  await app.register(integrationRoutes, { deps: connector });
  await app.register(integrationActivationRoutes, { deps: connector });
  await app.register(oauthRoutes, { deps: connector });
  await app.register(roomLinkRoutes, { deps: connector });
  await app.register(calendarRoutes, { deps: connector });
  await app.register(manualSyncRoutes, { deps: connector });
  await app.register(webhookRoutes, { deps: connector });
  registerChannelMetrics(deps.db, deps.metricsRegistry);
  return app;
}
