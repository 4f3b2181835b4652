import type { HttpApp } from '@calbridge/http';
import { buildServiceHttpApp, type ServiceDeps } from '@calbridge/runtime';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { bookingCommandRoutes } from './http/booking-commands.routes.ts';
import { bookingQueryRoutes } from './http/booking-queries.routes.ts';
import { roomRoutes } from './http/rooms.routes.ts';

export type AppDeps = ServiceDeps<Config, Database>;

/** Builds the HTTP app from explicit deps; never listens (src/main.ts owns the process). */
export async function buildApp(deps: AppDeps): Promise<HttpApp> {
  const app = await buildServiceHttpApp(deps);
  await app.register(roomRoutes, { db: deps.db });
  await app.register(bookingCommandRoutes, { db: deps.db });
  await app.register(bookingQueryRoutes, { db: deps.db });
  return app;
}
