import { existsSync, readFileSync } from 'node:fs';

/** The last line of a log that matches `pattern`, for an error message that says why without opening the file. */
export function lastLogLine(file: string, pattern: RegExp): string | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => pattern.test(line))
    .at(-1)
    ?.trim();
}
