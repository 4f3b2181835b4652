import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackPaths } from './stack-paths.ts';

/**
 * Starts supervisor.ts in its own session (so the terminal's Ctrl-C does not reach it and `make down` can end its
 * whole process group), with its output appended to supervisor.log. Returns its pid.
 */
export function launchSupervisor(paths: StackPaths): number {
  mkdirSync(paths.dir, { recursive: true });
  // One run per log, so the lines `make up` shows when the start fails are this run's.
  writeFileSync(paths.supervisorLog, '');
  const output = openSync(paths.supervisorLog, 'a');
  const script = join(import.meta.dirname, 'supervisor.ts');
  // Node's compile cache (bytecode of every module, TypeScript's stripped output included) for the supervisor and every
  // node process it starts (migrations, services, the emulator, MailDev): a warm start loads them in about half the
  // time. The caller's own NODE_COMPILE_CACHE wins.
  const env = { NODE_COMPILE_CACHE: join(paths.dir, 'node-compile-cache'), ...process.env };
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', script], {
    cwd: paths.repo,
    env,
    detached: true,
    stdio: ['ignore', output, output],
  });
  closeSync(output);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  return child.pid;
}
