import type { HttpApp } from '@calbridge/http';
import { buildServiceHttpApp, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { availabilityRoutes } from './http/availability.routes.ts';
import { blockRulesRoutes } from './http/block-rules.routes.ts';
import { blocksRoutes } from './http/blocks.routes.ts';
import { scheduleRoutes } from './http/schedule.routes.ts';

export type AppDeps = ServiceDeps<Config, Database>;

/** Builds the HTTP app from explicit deps; never listens (src/main.ts owns the process). */
export async function buildApp(deps: AppDeps): Promise<HttpApp> {
  const app = await buildServiceHttpApp(deps);
  const { db } = deps;
  await app.register(scheduleRoutes, { db });
  await app.register(blockRulesRoutes, { db });
  await app.register(availabilityRoutes, { db });
  await app.register(blocksRoutes, { db });
  return app;
}
