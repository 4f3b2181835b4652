import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Registry } from 'prom-client';
import { authenticationPlugin } from './auth/authentication.plugin.ts';
import { healthRoutes } from './health/health.routes.ts';
import type { HealthChecks } from './health/run-checks.ts';
import { useUtf8JsonParser } from './input/json-body-parser.ts';
import { maxPathParameterLength } from './input/path-parameter-length.ts';
import { textGuardPlugin } from './input/text-guard.plugin.ts';
import { metricsPlugin } from './metrics/metrics.plugin.ts';
import { apiDocsPlugin } from './openapi/api-docs.plugin.ts';
import { openApiPlugin } from './openapi/openapi.plugin.ts';
import { handleClientError } from './problem/client-error.handler.ts';
import { handleError } from './problem/handle-error.ts';
import { problemDetailsPlugin } from './problem/problem-details.plugin.ts';
import { unmatchedRoutePlugin } from './routing/unmatched-route.plugin.ts';

export type HttpApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HttpAppOptions {
  logger: FastifyBaseLogger;
  title: string;
  version: string;
  jwtSecret: string;
  readinessChecks: HealthChecks;
  livenessChecks?: HealthChecks;
  healthCheckTimeoutMs?: number;
  bodyLimit?: number;
  metricsRegistry?: Registry;
  trustProxy?: FastifyServerOptions['trustProxy'];
}

const oneMebibyte = 1024 * 1024;

// Builds the app with the shared plumbing in place; the caller adds its routes and owns listen/close.
export async function buildHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: options.bodyLimit ?? oneMebibyte,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: maxPathParameterLength },
    frameworkErrors: handleError,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Without the plain-text parser a text body is refused with 415 instead of reaching a JSON schema as a string.
  app.removeContentTypeParser('text/plain');
  useUtf8JsonParser(app);
  await app.register(problemDetailsPlugin);
  await app.register(unmatchedRoutePlugin);
  await app.register(authenticationPlugin, { jwtSecret: options.jwtSecret });
  await app.register(textGuardPlugin);
  await app.register(openApiPlugin, { title: options.title, version: options.version });
  await app.register(apiDocsPlugin, { title: options.title });
  const registry = options.metricsRegistry ?? new Registry();
  await app.register(metricsPlugin, { registry, ownsRegistry: options.metricsRegistry === undefined });
  await app.register(healthRoutes, {
    livenessChecks: options.livenessChecks ?? {},
    readinessChecks: options.readinessChecks,
    timeoutMs: options.healthCheckTimeoutMs ?? 2000,
  });
  return app;
}
