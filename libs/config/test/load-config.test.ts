import { describe, expect, test } from '@jest/globals';
import { z } from 'zod';
import { ConfigError, commonEnv, envBoolean, envDurationMs, loadConfig } from '../src/index.ts';

const schema = z.object({ ...commonEnv, FEATURE_ENABLED: envBoolean().default(false) });
const validEnv = {
  PORT: '8081',
  DATABASE_URL: 'postgres://calbridge:calbridge@127.0.0.1:15432/booking',
  KAFKA_BROKERS: '127.0.0.1:19092, kafka-1.kafka:9092',
  AUTH_JWT_SECRET: 'a-secret-that-is-long-enough-for-hs256',
};

function configErrorOf(env: Record<string, string | undefined>, against: z.ZodObject = schema): ConfigError {
  try {
    loadConfig(against, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('when every required variable is valid, then values are typed and defaults applied', () => {
    const config = loadConfig(schema, { ...validEnv, UNRELATED: 'ignored' });
    expect(config).toEqual({
      PORT: 8081,
      HOST: '0.0.0.0',
      DATABASE_URL: validEnv.DATABASE_URL,
      KAFKA_BROKERS: ['127.0.0.1:19092', 'kafka-1.kafka:9092'],
      AUTH_JWT_SECRET: validEnv.AUTH_JWT_SECRET,
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: 10_000,
      HTTP_BODY_LIMIT_BYTES: 1_048_576,
      FEATURE_ENABLED: false,
    });
  });

  test('when a required variable is missing, then the error names it', () => {
    const { DATABASE_URL: _omitted, ...env } = validEnv;
    expect(configErrorOf(env).problems).toEqual(['DATABASE_URL: required']);
  });

  test('when a variable is set to an empty string, then it counts as unset', () => {
    expect(configErrorOf({ ...validEnv, PORT: '' }).problems).toEqual(['PORT: required']);
    expect(loadConfig(schema, { ...validEnv, LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });

  test('when several variables are invalid, then all are reported at once, one per line', () => {
    const { AUTH_JWT_SECRET: _omitted, ...rest } = validEnv;
    const env = { ...rest, PORT: 'abc', KAFKA_BROKERS: 'kafka', LOG_LEVEL: 'loud', FEATURE_ENABLED: 'yes' };
    expect(configErrorOf(env).message.split('\n')).toEqual([
      'invalid configuration:',
      'PORT: expected a whole number between 1 and 65535, got "abc"',
      'KAFKA_BROKERS: expected host:port items, got "kafka"',
      'AUTH_JWT_SECRET: required',
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      'FEATURE_ENABLED: expected true, false, 1 or 0, got "yes"',
    ]);
  });

  test('when a secret-looking variable is invalid, then its value is never echoed', () => {
    const leaked = 'hunter2-short';
    const secrets = z.object({
      AUTH_JWT_SECRET: commonEnv.AUTH_JWT_SECRET,
      CONNECTOR_ENCRYPTION_KEY: z.string().length(44),
      SMTP_PASSWORD: z.string().min(20),
      WEBHOOK_TOKEN: z.string().min(20),
      DATABASE_URL: commonEnv.DATABASE_URL,
    });
    const env = {
      AUTH_JWT_SECRET: leaked,
      CONNECTOR_ENCRYPTION_KEY: leaked,
      SMTP_PASSWORD: leaked,
      WEBHOOK_TOKEN: leaked,
      DATABASE_URL: `mysql://root:${leaked}@db`,
    };
    const { message } = configErrorOf(env, secrets);
    expect(message.split('\n')).toHaveLength(6);
    expect(message).toContain('AUTH_JWT_SECRET: expected at least 32 characters');
    expect(message).not.toContain(leaked);
  });

  test('when a rule spanning several variables fails, then its own message is reported', () => {
    const withRule = schema.refine((config) => config.PORT !== 5432, { error: 'PORT must not be the Postgres port' });

    expect(configErrorOf({ ...validEnv, PORT: '5432' }, withRule).problems).toEqual([
      'configuration: PORT must not be the Postgres port',
    ]);
  });

  test('when the configuration is loaded, then it cannot be changed, not even nested lists', () => {
    const config = loadConfig(schema, validEnv);
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { PORT: number }).PORT = 1;
    }).toThrow(TypeError);
    expect(() => config.KAFKA_BROKERS.push('evil:9092')).toThrow(TypeError);
  });

  test('when durations carry a unit, then they are read as milliseconds', () => {
    const durations = z.object({ A: envDurationMs(), B: envDurationMs(), C: envDurationMs(), D: envDurationMs() });
    expect(loadConfig(durations, { A: '250', B: '30s', C: '15m', D: '1h' })).toEqual({
      A: 250,
      B: 30_000,
      C: 900_000,
      D: 3_600_000,
    });
  });
});
