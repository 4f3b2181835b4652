export { createTestDatabase, requiredEnv, type TestDatabase } from './test-database.ts';
export { startTestInfra, type TestInfra } from './test-infra.ts';
export { createTopics, testKafkaBrokers, uniquePrefix } from './test-topics.ts';
