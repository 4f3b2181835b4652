import { writeSync } from 'node:fs';
import { ConfigError } from './config-error.ts';

/**
 * Runs `load` (a service's `readConfig`) for `main.ts`. When the configuration is invalid it writes one JSON log line
 * naming every bad variable to stderr and exits with code 1: a pod that cannot work should say why and stop.
 * Any other error is rethrown untouched.
 */
export function failFast<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const line = { level: 60, time: Date.now(), msg: `invalid configuration: ${error.problems.join('; ')}` };
    // Synchronous, so the line is out before the process ends.
    writeSync(2, `${JSON.stringify({ ...line, problems: error.problems })}\n`);
    process.exit(1);
  }
}
