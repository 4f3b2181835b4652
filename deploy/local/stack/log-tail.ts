import { existsSync, readFileSync } from 'node:fs';

/** The last `count` lines of a log file, or nothing when it does not exist (yet). */
export function logTail(file: string, count: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}
