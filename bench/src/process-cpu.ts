import { readdirSync, readFileSync } from 'node:fs';

// Linux only (/proc). CPU time is what a shared, noisy machine does not distort much: rates move with the other
// engineers' load, the CPU one booking costs does not.
const msPerTick = 10; // USER_HZ is 100 on Linux

function cpuOfPid(pid: string | number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return { user: Number(fields[11]) * msPerTick, system: Number(fields[12]) * msPerTick };
}

/** User and system CPU (ms) a process has used so far. */
export function processCpuMs(pid: number): { user: number; system: number } {
  return cpuOfPid(pid);
}

/** CPU (ms) of every Postgres backend now serving `database`: the database's side of its clients' work. */
export function postgresCpuMs(database: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
      const { user, system } = cpuOfPid(pid);
      total += user + system;
    } catch {
      // The backend ended between listing and reading.
    }
  }
  return total;
}
