import type { BoundedLog } from '../state/bounded-log.ts';

export interface DeliveryLogEntry {
  at: string;
  channelId: string;
  state: 'sync' | 'exists';
  messageNumber: number;
  address: string;
  /** Receiver's HTTP status; null when the attempt got no response or the message was dropped on purpose. */
  status: number | null;
  attempt: number;
  dropped?: true;
  error?: string;
}

export type DeliveryLog = BoundedLog<DeliveryLogEntry>;
