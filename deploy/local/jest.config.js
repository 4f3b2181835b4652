import { jestConfig } from '../../jest.config.base.js';

// The stack tests start their own stacks (with the stack's own Postgres and Kafka), not the test run's.
export default jestConfig;
