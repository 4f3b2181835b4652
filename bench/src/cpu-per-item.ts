import { existsSync } from 'node:fs';
import { postgresCpuMs, processCpuMs } from './process-cpu.ts';

export interface CpuSources {
  /** Child processes by name, e.g. `{ connector: 1234, emulator: 1235 }`. */
  processes: Record<string, number>;
  /** A database whose Postgres backends count too (Linux, Postgres on this machine). */
  database?: string;
  /** Counts this process (the load generator or the raw baseline's client). */
  self?: boolean;
}

/**
 * CPU µs per item of each source over a timed part (Linux; empty elsewhere). On a shared machine the rates move with
 * the other engineers' load; the CPU one booking costs each process much less.
 */
export function cpuPerItem(sources: CpuSources): { stop(items: number): Record<string, number> } {
  if (!existsSync('/proc/self/stat')) return { stop: () => ({}) };
  const read = () => {
    const used: Record<string, number> = {};
    for (const [name, pid] of Object.entries(sources.processes)) {
      const { user, system } = processCpuMs(pid);
      used[name] = user + system;
    }
    if (sources.database !== undefined) used.postgres = postgresCpuMs(sources.database);
    if (sources.self) {
      const { user, system } = process.cpuUsage();
      used.bench = (user + system) / 1000;
    }
    return used;
  };
  const before = read();
  return {
    stop: (items) => {
      const after = read();
      return Object.fromEntries(
        Object.entries(after).map(([name, ms]) => [name, Math.round(((ms - (before[name] ?? 0)) * 1000) / items)]),
      );
    },
  };
}
