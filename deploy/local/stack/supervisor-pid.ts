import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The pid in the pid file when that process is alive and really is a supervisor: a pid file left behind by a crash
 * or a reboot may name an unrelated process by now, which must never be signalled.
 */
export function runningSupervisor(pidFile: string): number | undefined {
  const pid = pidIn(pidFile);
  return pid !== undefined && isSupervisor(pid) ? pid : undefined;
}

/** False for an exited process, including a zombie nobody has reaped yet (its command line is gone). */
export function isSupervisor(pid: number): boolean {
  try {
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).includes('supervisor.ts');
  } catch {
    return false;
  }
}

/** Makes `pid` the stack's one supervisor, unless another live one holds the pid file (two `make up` at once). */
export function claimPidFile(pidFile: string, pid: number): boolean {
  try {
    writeFileSync(pidFile, `${pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (runningSupervisor(pidFile) !== undefined) return false;
  rmSync(pidFile, { force: true });
  return claimPidFile(pidFile, pid);
}

/** Removes the pid file if it still names `pid`. */
export function releasePidFile(pidFile: string, pid: number): void {
  if (pidIn(pidFile) === pid) rmSync(pidFile, { force: true });
}

/** The pid the pid file names, alive or not. */
export function pidIn(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
