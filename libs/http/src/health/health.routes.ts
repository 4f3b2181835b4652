import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../problem/problem-error.ts';
import { type HealthChecks, runChecks } from './run-checks.ts';

export interface HealthOptions {
  livenessChecks: HealthChecks;
  readinessChecks: HealthChecks;
  timeoutMs: number;
}

function probe(checks: HealthChecks, code: string, timeoutMs: number) {
  return async (request: FastifyRequest) => {
    const report = await runChecks(checks, timeoutMs, request.log);
    if (report.healthy) return { status: 'ok', checks: report.checks };
    const failing = Object.keys(report.checks).filter((name) => report.checks[name] !== 'ok');
    const detail = `Failing checks: ${failing.join(', ')}`;
    throw new ProblemError(503, code, 'Service Unavailable', detail, { members: { checks: report.checks } });
  };
}

export async function healthRoutes(app: FastifyInstance, options: HealthOptions): Promise<void> {
  const { livenessChecks, readinessChecks, timeoutMs } = options;
  app.get('/health/live', { schema: { hide: true } }, probe(livenessChecks, 'not_live', timeoutMs));
  app.get('/health/ready', { schema: { hide: true } }, probe(readinessChecks, 'not_ready', timeoutMs));
}
