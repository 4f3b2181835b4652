/** The event Google has for a booking, as calbridge records it. */
export interface WrittenEvent {
  integrationId: string;
  calendarId: string;
  eventId: string;
  /** Of what was written: an unchanged booking renders the same hash and costs no call. */
  hash: string;
}

/** What became of one booking's turn at Google. */
export type OutboundOutcome =
  /** Google has what the booking says: `written` is the event now there, `null` when there is none any more. */
  | { kind: 'done'; written?: WrittenEvent | null }
  /** The integration's Google access is gone (needs_reauth): the change waits for re-authorization. */
  | { kind: 'paused'; integrationId: string; reason?: string }
  /** The calendar is not reachable or writable any more with this integration's access. */
  | { kind: 'access_lost'; integrationId: string; calendarId: string; reason: string }
  /** Worth another try later: rate limited, Google or the network failing. */
  | { kind: 'retry'; integrationId: string; reason: string; rateLimitedPrincipal?: string }
  /** Google refused it for good (a 4xx that no retry changes). */
  | { kind: 'failed'; integrationId: string; reason: string };
