import type { PeriodicJob, ServiceDeps } from '@calbridge/runtime';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';

/**
 * The safety nets of spec §5: push is an accelerator, never the only path. Every calendar read gets an incremental
 * sync every SYNC_BACKSTOP_SECONDS and a full reconcile every SYNC_RECONCILE_HOURS (each jittered, so calendars
 * linked together do not all come due together). Replicas running it at once ask twice: harmless, requests coalesce.
 */
export const syncScheduleJob: PeriodicJob<ServiceDeps<Config, Database>> = {
  name: 'sync backstop and reconcile',
  // One indexed update: cheap enough to run often, so a short backstop (a test's) is honoured.
  everyMs: 5_000,
  run: async ({ db, config }) => {
    const backstopSeconds = config.SYNC_BACKSTOP_SECONDS;
    const reconcileSeconds = config.SYNC_RECONCILE_HOURS * 3600;
    await sql`
      update calendar_syncs set
        requested = requested + 1,
        full_requested = full_requested or reconcile_at <= now(),
        reconcile_at = case when reconcile_at <= now()
          then now() + make_interval(secs => ${reconcileSeconds} * (0.9 + random() * 0.2)) else reconcile_at end,
        backstop_at = now() + make_interval(secs => ${backstopSeconds} * (0.8 + random() * 0.4))
      where backstop_at <= now() or reconcile_at <= now()`.execute(db);
  },
};
