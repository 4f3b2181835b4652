// Shared Jest settings: real ESM, TypeScript through swc, workspace libs loaded from source.
export const jestConfig = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['@calbridge/source', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'es6' } },
    ],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testTimeout: 60_000,
};

// For packages whose tests need a real Postgres and Kafka: started once per run by @calbridge/testkit.
export const jestConfigWithInfra = {
  ...jestConfig,
  globalSetup: '@calbridge/testkit/global-setup',
  globalTeardown: '@calbridge/testkit/global-teardown',
};
