import type { StackSettings } from './stack-settings.ts';

export interface ServiceWiring {
  port: number;
  databaseUrl: string;
  kafkaBrokers: string[];
}

/**
 * The caller's environment plus what the stack decided for this service. The wiring (port, host, database, brokers)
 * always wins: a stray PORT or DATABASE_URL in the caller's shell would otherwise point all four at the same place.
 */
export function serviceEnv(callerEnv: NodeJS.ProcessEnv, settings: StackSettings, wiring: ServiceWiring) {
  return {
    ...callerEnv,
    AUTH_JWT_SECRET: settings.jwtSecret,
    LOG_LEVEL: settings.logLevel,
    PORT: String(wiring.port),
    HOST: '127.0.0.1',
    DATABASE_URL: wiring.databaseUrl,
    KAFKA_BROKERS: wiring.kafkaBrokers.join(','),
    // A local stack may create what it needs; production leaves that to a chart Job (spec §6).
    KAFKA_CREATE_TOPICS: 'true',
    // A service the supervisor restarts gets its partitions back after 10 s rather than 30 s; the caller's wins.
    KAFKA_SESSION_TIMEOUT_MS: callerEnv.KAFKA_SESSION_TIMEOUT_MS || '10000',
  };
}
