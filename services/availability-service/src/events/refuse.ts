import type { Refusal } from '@calbridge/messaging';

/** The handler's answer for an event it will not apply: the inbox dead-letters it with the reason. */
export function refuse(event: { id: string }, reason: string | undefined): Refusal[] {
  return reason === undefined ? [] : [{ eventId: event.id, reason }];
}
