/**
 * An event a handler will not apply, in whole or in part (say, a calendar event naming another partner's room): it
 * goes to `<topic>.dlq` with the reason, while whatever the handler did apply commits with the event's inbox mark.
 * Returned rather than thrown: a refusal is decided, so retrying it or rolling back the rest would only lose work.
 * It is sent after the commit, so a crash in between loses the dead-letter copy, never the applied part.
 */
export interface Refusal {
  eventId: string;
  reason: string;
}

/** What a handler resolves to: its refusals, or nothing. */
// biome-ignore lint/suspicious/noConfusingVoidType: most handlers are `async () => { … }`, which resolve to void
export type HandlerOutcome = Refusal[] | void;

/** What a handler returned, as refusals: anything but an array (a handler written as `async () => push(…)`) is none. */
export function refusalsIn(returned: unknown): Refusal[] {
  return Array.isArray(returned) ? returned : [];
}

/** One reason per refused event, in the order the handler refused them. */
export function reasonsByEvent(refusals: Refusal[]): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const { eventId, reason } of refusals) {
    const id = eventId.toLowerCase();
    const previous = reasons.get(id);
    reasons.set(id, previous ? `${previous}; ${reason}` : reason);
  }
  return reasons;
}

/** A handler's answer for an event it will not apply (`reason` set) or applies (`undefined`). */
export function refuse(event: { id: string }, reason: string | undefined): Refusal[] {
  return reason === undefined ? [] : [{ eventId: event.id, reason }];
}
