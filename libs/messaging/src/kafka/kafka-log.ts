import { type LogEntry, logLevel } from 'kafkajs';
import type { Logger } from '../logger.ts';

/** Routes kafkajs's own log lines into the service's pino logger. */
export function kafkaLogCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry): void => {
      const { message, ...fields } = log;
      const entry = { ...fields, component: 'kafkajs' };
      if (level === logLevel.ERROR) logger.error(entry, message);
      else if (level === logLevel.WARN) logger.warn(entry, message);
      else logger.debug(entry, message);
    };
}
