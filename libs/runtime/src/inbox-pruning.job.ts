import { pruneInbox } from '@calbridge/messaging';
import type { Kysely } from 'kysely';
import type { PeriodicJob } from './periodic-jobs.ts';

/** Forgets consumed event ids older than the retention, hourly; every service with a consumer runs it. */
// biome-ignore lint/suspicious/noExplicitAny: any service's database holds the messaging tables
export function inboxPruning(retentionDays: number): PeriodicJob<{ db: Kysely<any> }> {
  return {
    name: 'prune inbox',
    everyMs: 3_600_000,
    run: ({ db }) => pruneInbox(db, retentionDays * 86_400_000),
  };
}
