import type { IncomingMessage } from '../kafka/kafka-types.ts';
import type { EventOutcome } from './inbox-metrics.ts';

/** How one message ended; `reason` says why it was dead-lettered or skipped. */
export interface SettledMessage {
  message: IncomingMessage;
  type: string;
  outcome: EventOutcome;
  reason?: string;
}

export const noHandler = 'no handler';
export const unknownType = 'unknown event type';
