import type { HttpApp } from '@calbridge/http';
import { buildServiceHttpApp, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { notificationSettingsRoutes } from './http/notification-settings.routes.ts';
import { notificationsRoutes } from './http/notifications.routes.ts';

export type AppDeps = ServiceDeps<Config, Database>;

/** Builds the HTTP app from explicit deps; never listens (src/main.ts owns the process). */
export async function buildApp(deps: AppDeps): Promise<HttpApp> {
  const app = await buildServiceHttpApp(deps);
  const { db, config } = deps;
  await app.register(notificationSettingsRoutes, { db, allowLocalWebhooks: config.WEBHOOK_ALLOW_LOCAL_TARGETS });
  await app.register(notificationsRoutes, { db });
  return app;
}
