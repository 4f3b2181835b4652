import type { Counter } from 'prom-client';
import { readGoogleError } from './google-error.ts';
import type { GoogleLimiter } from './google-limiter.ts';
import type { GoogleSession } from './google-sessions.ts';

export type GoogleMethod =
  | 'events.insert'
  | 'events.patch'
  | 'events.delete'
  | 'events.get'
  | 'events.list'
  | 'calendarList.get'
  | 'calendarList.list'
  | 'calendarList.insert'
  | 'events.watch'
  | 'channels.stop';

/** Google's cost of a call in quota units: a patch counts three times (reference §5.3). */
const weights: Partial<Record<GoogleMethod, number>> = { 'events.patch': 3 };

/**
 * Every Calendar API call goes through here: it waits its turn in the quota limiter and is counted by method and
 * status (`connector_google_calls_total`), so an operator sees what calbridge asks of Google and what Google answers.
 */
export type GoogleCalls = <Result>(
  session: GoogleSession,
  method: GoogleMethod,
  call: () => Promise<Result>,
  /** The calendar a write goes to: writes are paced per calendar too. */
  calendarId?: string,
) => Promise<Result>;

const writes = new Set<GoogleMethod>(['events.insert', 'events.patch', 'events.delete']);

export function createGoogleCalls(limiter: GoogleLimiter, counter: Counter<'method' | 'status'>): GoogleCalls {
  return async (session, method, call, calendarId) => {
    // Every write is paced per calendar; one without its calendar would slip past Google's per-calendar limit.
    if (writes.has(method) && calendarId === undefined) throw new Error(`${method} needs the calendar it writes`);
    return limiter.run(
      session.principal,
      weights[method] ?? 1,
      async () => {
        try {
          const result = await call();
          counter.inc({ method, status: '2xx' });
          return result;
        } catch (error) {
          counter.inc({ method, status: String(readGoogleError(error).status ?? 'network') });
          throw error;
        }
      },
      calendarId,
    );
  };
}
