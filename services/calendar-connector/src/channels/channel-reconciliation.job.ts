import type { PeriodicJob, ServiceDeps } from '@calbridge/runtime';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { deleteExpiredStoppedChannels, stopUnwatchedChannels } from './watched-calendars.repository.ts';

/**
 * Desired against actual: channels of calendars no longer watched are handed to the worker to stop (an unlink or a
 * deactivation does it at once; this catches an integration that left `active` any other way, e.g. needs_reauth),
 * and stopped rows are forgotten once Google would have expired them. Idempotent, so replicas may run it together.
 */
export const channelReconciliation: PeriodicJob<ServiceDeps<Config, Database>> = {
  name: 'watch channel reconciliation',
  everyMs: 10_000,
  run: async ({ db }) => {
    await stopUnwatchedChannels(db);
    await deleteExpiredStoppedChannels(db);
  },
};
