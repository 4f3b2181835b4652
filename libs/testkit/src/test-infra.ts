import { join } from 'node:path';
import { freePort, localDataDir, startKafkaBroker, startPostgres } from '@calbridge/local-stack';
import { startContainers } from './containers.ts';

export interface TestInfra {
  databaseUrl: string;
  kafkaBrokers: string;
  source: 'environment' | 'testcontainers' | 'local';
  stop(): Promise<void>;
}

/**
 * Postgres and Kafka for a test run, in order of preference: what TEST_DATABASE_URL / TEST_KAFKA_BROKERS name, then
 * testcontainers when a Docker engine answers, else a local embedded Postgres and a local KRaft broker.
 */
export async function startTestInfra(env: NodeJS.ProcessEnv): Promise<TestInfra> {
  if (env.TEST_DATABASE_URL && env.TEST_KAFKA_BROKERS) {
    const stop = async (): Promise<void> => {};
    return { databaseUrl: env.TEST_DATABASE_URL, kafkaBrokers: env.TEST_KAFKA_BROKERS, source: 'environment', stop };
  }
  return (await startContainers()) ?? (await startLocal());
}

async function startLocal(): Promise<TestInfra> {
  const dir = join(localDataDir(), `test-${process.pid}`);
  const [postgres, kafka] = await Promise.all([
    startPostgres({ dataDir: join(dir, 'postgres'), port: await freePort(), ephemeral: true }),
    startKafkaBroker({ dataDir: join(dir, 'kafka'), port: await freePort(), controllerPort: await freePort() }),
  ]);
  const stop = async (): Promise<void> => {
    await Promise.all([kafka.stop(), postgres.stop()]);
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
  };
  return { databaseUrl: postgres.url, kafkaBrokers: kafka.brokers.join(','), source: 'local', stop };
}
