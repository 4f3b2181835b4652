import { type Kysely, sql } from 'kysely';
import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.ts';

interface OutboxDepth {
  waiting: number;
  oldestAgeSeconds: number;
  setAside: number;
}

// biome-ignore lint/suspicious/noExplicitAny: any service's database holds the messaging tables
async function readDepth(db: Kysely<any>): Promise<OutboxDepth> {
  const { rows } = await sql<{ waiting: string; oldest: number | null; set_aside: string }>`
    select count(*) filter (where failed_at is null) as waiting,
      extract(epoch from now() - min(created_at) filter (where failed_at is null))::float8 as oldest,
      count(*) filter (where failed_at is not null) as set_aside
    from messaging_outbox`.execute(db);
  const row = rows[0];
  return { waiting: Number(row?.waiting), oldestAgeSeconds: row?.oldest ?? 0, setAside: Number(row?.set_aside) };
}

/**
 * Outbox depth on the service's registry, read from the table at scrape time (spec §6): a growing count or age means
 * the relay is behind or the broker is down. A failed read keeps the last values, so /metrics answers while
 * Postgres is away (readiness reports that).
 */
// biome-ignore lint/suspicious/noExplicitAny: any service's database holds the messaging tables
export function registerOutboxMetrics(registry: Registry, db: Kysely<any>, logger: Logger): void {
  const gauge = (name: string, help: string, pick: (depth: OutboxDepth) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        try {
          this.set(pick(await readDepth(db)));
        } catch (error) {
          logger.warn({ err: error, metric: name }, 'could not read the outbox for metrics');
        }
      },
    });
  gauge('messaging_outbox_waiting_rows', 'Outbox rows waiting to be published', (depth) => depth.waiting);
  gauge(
    'messaging_outbox_oldest_age_seconds',
    'Age of the oldest outbox row waiting to be published (0 when none waits)',
    (depth) => depth.oldestAgeSeconds,
  );
  gauge(
    'messaging_outbox_set_aside_rows',
    'Outbox rows the broker kept refusing, set aside for an operator (failed_at)',
    (depth) => depth.setAside,
  );
}
