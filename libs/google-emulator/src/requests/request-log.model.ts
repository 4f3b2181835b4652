import type { BoundedLog } from '../state/bounded-log.ts';

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  principal: string | null;
  status: number;
}

export type RequestLog = BoundedLog<RequestLogEntry>;
