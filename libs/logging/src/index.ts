export type { Logger } from 'pino';
export { createLogger, type LoggerOptions } from './create-logger.ts';
export { redactCensor, redactPaths } from './redact-paths.ts';
export { traceContextMixin } from './trace-context.mixin.ts';
