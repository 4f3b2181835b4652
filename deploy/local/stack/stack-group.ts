import { execFileSync, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The supervisor leads its own process group (up.ts starts it detached) and every process of the stack (Postgres
 * and its backends, the Kafka JVM, the emulator, the services, migrations) is in that group: the group is the stack.
 */

/** The live processes of group `pgid`; zombies are left out, they hold no port and only wait to be reaped. */
export function groupMembers(pgid: number): number[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,pgid=,stat='], { encoding: 'utf8' });
  if (ps.status !== 0) throw new Error(`ps failed: ${ps.stderr || ps.error?.message}`);
  return ps.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, group, stat]) => Number(group) === pgid && !stat?.startsWith('Z'))
    .map(([pid]) => Number(pid))
    .filter((pid) => pid !== ps.pid); // Run by the supervisor, ps is in the group it lists.
}

/**
 * True when `pgid` names the group of a supervisor that is gone while processes it started still run. Safe to
 * kill: Linux does not give a pid to a new process while a group of that number exists, so the members are ours.
 */
export function isOrphanedStack(pgid: number): boolean {
  return !isAlive(pgid) && groupMembers(pgid).length > 0;
}

/** SIGKILLs the whole group and waits (at most `withinMs`) until none of it is left; resolves to how many it ended. */
export async function killGroup(pgid: number, withinMs = 10_000): Promise<number> {
  const members = groupMembers(pgid);
  if (members.length === 0) return 0;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  const deadline = Date.now() + withinMs;
  while (groupMembers(pgid).length > 0 && Date.now() < deadline) await sleep(100);
  return members.length;
}

/** A zombie counts as gone: it has ended, only its parent has not reaped it yet. */
/**
 * SIGKILLs what is left of the group besides the caller (a supervisor about to exit): a grandchild that outlived
 * its parent's stop, such as initdb's bootstrap backend. Resolves to the pids and commands it ended.
 */
export async function endStragglers(pgid: number, withinMs = 5_000): Promise<string[]> {
  const pids = groupMembers(pgid).filter((pid) => pid !== process.pid);
  const stragglers = pids.map((pid) => `${pid} (${commandOf(pid)})`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone in between: what was wanted.
    }
  }
  const deadline = Date.now() + withinMs;
  while (groupMembers(pgid).some((pid) => pid !== process.pid) && Date.now() < deadline) await sleep(100);
  return stragglers;
}

function commandOf(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .slice(0, 120);
  } catch {
    return 'gone';
  }
}

function isAlive(pid: number): boolean {
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .startsWith('Z');
  } catch {
    return false;
  }
}
