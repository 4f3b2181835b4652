// `make test` runs every package as one Jest run, so the test infrastructure starts once.
// testTimeout is a global option: project configs cannot set it.
export default {
  projects: [
    '<rootDir>/libs/*',
    '<rootDir>/services/*',
    '<rootDir>/deploy/local',
    '<rootDir>/deploy/chart-test',
    '<rootDir>/e2e',
  ],
  testTimeout: 60_000,
};
