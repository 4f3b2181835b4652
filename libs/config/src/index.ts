export { commonEnv, logLevels } from './common-env.ts';
export { ConfigError } from './config-error.ts';
export { envBoolean, envDurationMs, envInteger, envList, envPort, envUrl } from './env-values.ts';
export { failFast } from './fail-fast.ts';
export { loadConfig } from './load-config.ts';
