export { eventually } from './eventually.ts';
export { runServiceProcess, type ServiceProcess, startServiceProcess } from './service-process.ts';
export { createServiceTestEnv } from './service-test-env.ts';
export { createTestDatabase, requiredEnv, type TestDatabase } from './test-database.ts';
export { startTestInfra, type TestInfra } from './test-infra.ts';
export { testKafkaBrokers, uniquePrefix } from './test-topics.ts';
export { publishEvents, type ReadEvent, readTopic } from './topic-reader.ts';
