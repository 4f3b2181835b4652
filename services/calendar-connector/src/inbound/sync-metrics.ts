import { sql } from 'kysely';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Db } from '../db/db.ts';

export type SyncKind = 'incremental' | 'full';
export type SyncOutcome = 'ok' | 'retry' | 'access_lost' | 'needs_reauth' | 'lease_lost' | 'refused';

/** What the sync worker reports: syncs by kind and outcome, and what they caused. */
export interface SyncMetrics {
  synced(kind: SyncKind, outcome: SyncOutcome): void;
  caused(published: number, restored: number): void;
}

/**
 * `connector_calendar_syncs_total{kind,outcome}`, `connector_calendar_events_total{effect}` (EventChanged published,
 * own events restored), and, read from the database on scrape, the two figures that reveal a sync that silently
 * died: calendars whose sync has been owed for over a minute, and the oldest successful sync of a calendar read.
 */
export function createSyncMetrics(db: Db, registry: Registry): SyncMetrics {
  const syncs = new Counter({
    name: 'connector_calendar_syncs_total',
    help: 'Calendar syncs by kind (incremental, full) and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  const events = new Counter({
    name: 'connector_calendar_events_total',
    help: 'EventChanged published for other people’s events, and calbridge’s own events restored',
    labelNames: ['effect'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'connector_calendar_syncs_overdue',
    help: 'Calendars of working integrations whose requested sync has waited over a minute',
    registers: [registry],
    async collect() {
      const { rows } = await sql<{ n: string }>`
        select count(*) as n from calendar_syncs c join integrations i on i.id = c.integration_id
        where i.status in ('active', 'error') and c.requested > c.synced and c.due_at < now() - interval '1 minute'`.execute(
        db,
      );
      this.set(Number(rows[0]?.n ?? 0));
    },
  });
  new Gauge({
    name: 'connector_calendar_oldest_sync_age_seconds',
    help: 'Seconds since the least recently synced calendar of a working integration was synced',
    registers: [registry],
    async collect() {
      const { rows } = await sql<{ age: number | null }>`
        select extract(epoch from now() - min(coalesce(c.last_synced_at, 'epoch'))) as age
        from calendar_syncs c join integrations i on i.id = c.integration_id where i.status in ('active', 'error')`.execute(
        db,
      );
      this.set(Number(rows[0]?.age ?? 0));
    },
  });
  return {
    synced: (kind, outcome) => syncs.inc({ kind, outcome }),
    caused: (published, restored) => {
      events.inc({ effect: 'changed' }, published);
      events.inc({ effect: 'restored' }, restored);
    },
  };
}
