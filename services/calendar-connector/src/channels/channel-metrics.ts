import { Gauge, type Registry } from 'prom-client';
import type { Db } from '../db/db.ts';

const states = ['opening', 'open', 'stopping', 'stopped'] as const;

/** `connector_watch_channels{state}` (spec §6), counted in the database when /metrics is read. */
export function registerChannelMetrics(db: Db, registry: Registry): void {
  new Gauge({
    name: 'connector_watch_channels',
    help: 'Google push channels by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const rows = await db
        .selectFrom('watch_channels')
        .select((eb) => ['state', eb.fn.countAll<string>().as('count')])
        .groupBy('state')
        .execute();
      for (const state of states) this.set({ state }, Number(rows.find((row) => row.state === state)?.count ?? 0));
    },
  });
}
