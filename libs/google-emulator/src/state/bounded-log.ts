/** An append-only list that forgets its oldest half when full, so long benchmarks cannot exhaust memory. */
export interface BoundedLog<T> {
  readonly limit: number;
  entries: T[];
}

export const createBoundedLog = <T>(limit: number): BoundedLog<T> => ({ limit, entries: [] });

export function appendEntry<T>(log: BoundedLog<T>, entry: T): void {
  if (log.entries.length >= log.limit) log.entries.splice(0, Math.floor(log.limit / 2));
  log.entries.push(entry);
}
