import { z } from 'zod';
import { envDurationMs, envInteger, envList, envPort, envUrl } from './env-values.ts';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const brokerAddress = z.string().regex(/^[^\s:]+:\d{1,5}$/, { error: 'expected host:port items' });

/**
 * Variables every service reads, as a zod shape: `z.object({ ...commonEnv, MY_VAR: envUrl() })`.
 * Names match the Helm values one to one.
 */
export const commonEnv = {
  PORT: envPort(),
  // Kubernetes routes to the pod IP, which a server bound to 127.0.0.1 never answers.
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: envUrl(['postgres', 'postgresql']),
  KAFKA_BROKERS: envList(brokerAddress),
  KAFKA_CLIENT_ID: z.string().trim().min(1).optional(),
  // HS256 needs a key at least as long as the hash: https://www.rfc-editor.org/rfc/rfc7518#section-3.2
  AUTH_JWT_SECRET: z.string().min(32, { error: 'expected at least 32 characters' }),
  LOG_LEVEL: z.enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` }).default('info'),
  // Tracing stays off unless a collector is named.
  OTEL_EXPORTER_OTLP_ENDPOINT: envUrl().optional(),
  SHUTDOWN_TIMEOUT_MS: envDurationMs().default(10_000),
  HTTP_BODY_LIMIT_BYTES: envInteger({ min: 1 }).default(1_048_576),
};
