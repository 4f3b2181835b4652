import { spawn } from 'node:child_process';
import { startTestInfra } from './test-infra.ts';

/**
 * `node with-test-infra.ts <command…>`: starts the test run's Postgres and Kafka once, runs the command with
 * TEST_DATABASE_URL / TEST_KAFKA_BROKERS set (so every package's Jest reuses them), stops them, exits with its code.
 */
const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: with-test-infra <command> [args…]');
const started = Date.now();
const infra = await startTestInfra(process.env);
console.error(`test infrastructure (${infra.source}) ready in ${Date.now() - started} ms`);
const env = { ...process.env, TEST_DATABASE_URL: infra.databaseUrl, TEST_KAFKA_BROKERS: infra.kafkaBrokers };
const child = spawn(command, args, { stdio: 'inherit', env });
const code = await new Promise<number>((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)));
await infra.stop();
process.exit(code);
