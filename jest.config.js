// `make test` runs every package as one Jest run, so the test infrastructure starts once.
export default {
  projects: ['<rootDir>/libs/*', '<rootDir>/services/*'],
};
