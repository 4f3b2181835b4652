export interface ChangeEntry {
  seq: number;
  at: number;
  eventIds: string[];
}

/** Per-calendar log of changes; `epoch` moves when every sync token issued so far must answer 410. */
export interface ChangeLog {
  seq: number;
  epoch: number;
  entries: ChangeEntry[];
}

export const createChangeLog = (): ChangeLog => ({ seq: 0, epoch: 0, entries: [] });
