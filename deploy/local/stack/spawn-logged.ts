import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export interface SpawnLoggedOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr are appended here. */
  logFile: string;
}

/** Starts a process whose output goes to its log file rather than the supervisor's. */
export function spawnLogged(command: string, args: string[], { cwd, env, logFile }: SpawnLoggedOptions): ChildProcess {
  const output = openSync(logFile, 'a');
  const options: SpawnOptions = { cwd, env, stdio: ['ignore', output, output] };
  try {
    return spawn(command, args, options);
  } finally {
    closeSync(output);
  }
}
