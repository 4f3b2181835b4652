import { startTestInfra, type TestInfra } from './test-infra.ts';

declare global {
  var calbridgeTestInfra: TestInfra | undefined;
}

/** Jest globalSetup: starts Postgres and Kafka once per run; test workers inherit the TEST_* variables. */
export default async function globalSetup(): Promise<void> {
  if (globalThis.calbridgeTestInfra) return;
  const infra = await startTestInfra(process.env);
  process.env.TEST_DATABASE_URL = infra.databaseUrl;
  process.env.TEST_KAFKA_BROKERS = infra.kafkaBrokers;
  globalThis.calbridgeTestInfra = infra;
}
