import { hostname } from 'node:os';
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';
import { redactCensor, redactPaths } from './redact-paths.ts';
import { traceContextMixin } from './trace-context.mixin.ts';

export interface LoggerOptions {
  /** The service name, logged as `service` on every line. */
  name: string;
  level: LevelWithSilent;
  /** Where the JSON lines go; stdout when omitted. */
  destination?: DestinationStream;
}

/** A pino JSON logger with the service name, trace ids of the active span, and secrets redacted. */
export function createLogger({ name, level, destination }: LoggerOptions): Logger {
  const options = {
    level,
    // pid is always 1 in a container; the host name is the pod name.
    base: { service: name, hostname: hostname() },
    mixin: traceContextMixin,
    redact: { paths: [...redactPaths], censor: redactCensor },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
