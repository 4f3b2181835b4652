import type { FastifyBaseLogger } from 'fastify';

// A check resolves when its dependency is usable and throws (or rejects) when it is not.
export type HealthCheck = () => Promise<void>;
export type HealthChecks = Record<string, HealthCheck>;
export type CheckOutcome = 'ok' | 'failed' | 'timed_out';

export interface HealthReport {
  healthy: boolean;
  checks: Record<string, CheckOutcome>;
}

async function outcomeWithin(check: HealthCheck, timeoutMs: number): Promise<CheckOutcome> {
  const outcome = (async () => {
    await check();
    return 'ok' as const;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timed_out'), timeoutMs);
  });
  return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
}

async function runCheck(name: string, check: HealthCheck, timeoutMs: number, log: FastifyBaseLogger) {
  try {
    const outcome = await outcomeWithin(check, timeoutMs);
    if (outcome === 'timed_out') log.warn({ check: name, timeoutMs }, 'health check timed out');
    return [name, outcome] as const;
  } catch (error) {
    log.warn({ err: error, check: name }, 'health check failed');
    return [name, 'failed' as const] as const;
  }
}

export async function runChecks(
  checks: HealthChecks,
  timeoutMs: number,
  log: FastifyBaseLogger,
): Promise<HealthReport> {
  const outcomes = await Promise.all(
    Object.entries(checks).map(([name, check]) => runCheck(name, check, timeoutMs, log)),
  );
  return {
    healthy: outcomes.every(([, outcome]) => outcome === 'ok'),
    checks: Object.fromEntries(outcomes),
  };
}
