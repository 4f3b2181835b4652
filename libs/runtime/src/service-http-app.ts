import { buildHttpApp, type HttpApp } from '@calbridge/http';
import type { ServiceDeps } from './service-deps.ts';

/** The shared HTTP plumbing (auth, problems, health, metrics, OpenAPI) configured from a service's deps. */
// biome-ignore lint/suspicious/noExplicitAny: any service's deps
export function buildServiceHttpApp(deps: ServiceDeps<any, any>, version = '1.0.0'): Promise<HttpApp> {
  return buildHttpApp({
    logger: deps.logger,
    title: deps.name,
    version,
    jwtSecret: deps.config.AUTH_JWT_SECRET,
    bodyLimit: deps.config.HTTP_BODY_LIMIT_BYTES,
    readinessChecks: deps.readinessChecks,
    livenessChecks: deps.livenessChecks,
    metricsRegistry: deps.metricsRegistry,
  });
}
