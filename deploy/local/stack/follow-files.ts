import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface FollowedLine {
  file: string;
  line: string;
}

export interface FollowOptions {
  /** Lines each file starts with, before the new ones. */
  lastLines: number;
  onLine: (line: FollowedLine) => void;
  /** What tail says about a file (it appeared, it was truncated); "cannot open" for a file not there yet is dropped. */
  onNotice: (notice: string) => void;
}

const header = /^==> (.*) <==$/;

/**
 * Follows the files as `tail -F` does (coreutils): by name, so a file that appears later or is replaced or truncated
 * (supervisor.log on each `make up`) is picked up. tail names the file before each run of lines from it.
 */
export function followFiles(files: string[], { lastLines, onLine, onNotice }: FollowOptions) {
  const tail = spawn('tail', ['-F', '-n', String(lastLines), ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
  // With one file tail prints no header.
  let current = files.length === 1 ? files[0] : undefined;
  createInterface({ input: tail.stdout }).on('line', (line) => {
    const named = header.exec(line);
    if (named) current = named[1];
    else if (current !== undefined && line !== '') onLine({ file: current, line });
  });
  createInterface({ input: tail.stderr }).on('line', (line) => {
    if (!/cannot open|No such file/.test(line)) onNotice(line);
  });
  return {
    exited: new Promise<number>((resolve) => tail.once('exit', (code) => resolve(code ?? 0))),
    stop: () => tail.kill(),
  };
}
