import { jestConfig } from '../../jest.config.base.js';

// The chart and the image, checked without Docker or a cluster: helm lint/template, offline schema validation, a
// real kube-apiserver (scripts/install-k8s-tools.sh builds it once into .tools/), and each service started from the
// folder the Dockerfile's build stage produces, against the test run's Postgres and Kafka.
export default {
  ...jestConfig,
  globalSetup: '<rootDir>/../../libs/testkit/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testkit/src/global-teardown.ts',
};
