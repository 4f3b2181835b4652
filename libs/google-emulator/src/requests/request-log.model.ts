import type { BoundedLog } from '../state/bounded-log.ts';

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  principal: string | null;
  status: number;
  /** The caller's `quotaUser`, when it named one: whose per-user quota the call counted against. */
  quotaUser?: string;
}

export type RequestLog = BoundedLog<RequestLogEntry>;
