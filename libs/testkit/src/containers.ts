import type { TestInfra } from './test-infra.ts';

/** Postgres and Kafka in containers, or undefined when no Docker engine answers (fails in milliseconds then). */
export async function startContainers(): Promise<TestInfra | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const [postgres, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:17-alpine').withCommand(['postgres', '-c', 'max_connections=400']).start(),
    new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
  ]);
  const stop = async (): Promise<void> => {
    await Promise.all([postgres.stop(), kafka.stop()]);
  };
  const kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  return { databaseUrl: postgres.getConnectionUri(), kafkaBrokers, source: 'testcontainers', stop };
}
