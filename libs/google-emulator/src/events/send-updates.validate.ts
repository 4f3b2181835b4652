import { invalid } from '../errors/api-errors.ts';

const SEND_UPDATES = new Set(['all', 'externalOnly', 'none']);

/** `sendUpdates` of the event write methods; the emulator sends no mail, but refuses values Google refuses. */
export function validateSendUpdates(query: unknown): void {
  const value = (query as { sendUpdates?: unknown } | undefined)?.sendUpdates;
  if (value === undefined) return;
  if (typeof value !== 'string' || !SEND_UPDATES.has(value)) {
    throw invalid('Invalid value for: sendUpdates', 'sendUpdates');
  }
}
