import { Counter, Gauge, type Registry } from 'prom-client';

export type EventOutcome = 'handled' | 'duplicate' | 'skipped' | 'dead_lettered';

export interface InboxMetrics {
  events: Counter<'group' | 'topic' | 'type' | 'outcome'>;
  lag: Gauge<'group' | 'topic' | 'partition'>;
}

// Several consumers (or a test's several apps) may share one registry, which refuses a name registered twice.
function registered<Metric>(registry: Registry, name: string, create: () => Metric): Metric {
  return (registry.getSingleMetric(name) as Metric | undefined) ?? create();
}

/** The consumer's series in the service's `/metrics` registry. */
export function inboxMetrics(registry: Registry): InboxMetrics {
  const registers = [registry];
  return {
    events: registered(
      registry,
      'messaging_consumed_events_total',
      () =>
        new Counter({
          name: 'messaging_consumed_events_total',
          help: 'Events settled by a consumer group, by topic, event type and outcome',
          labelNames: ['group', 'topic', 'type', 'outcome'],
          registers,
        }),
    ),
    lag: registered(
      registry,
      'messaging_consumer_lag',
      () =>
        new Gauge({
          name: 'messaging_consumer_lag',
          help: 'Messages the consumer group has not committed yet, per topic-partition (last reading)',
          labelNames: ['group', 'topic', 'partition'],
          registers,
        }),
    ),
  };
}
