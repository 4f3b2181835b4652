import { randomBytes } from 'node:crypto';
import { requiredEnv } from './test-database.ts';

export const testKafkaBrokers = (): string[] => requiredEnv('TEST_KAFKA_BROKERS').split(',');

/** A prefix that makes a test file's topic and group names its own: `t3f9a1c.booking.events.v1`. */
export const uniquePrefix = (): string => `t${randomBytes(4).toString('hex')}.`;
