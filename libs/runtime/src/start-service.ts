import type { HttpApp } from '@calbridge/http';
import { registerOutboxMetrics, startInboxConsumer, startOutboxRelay } from '@calbridge/messaging';
import { inboxPruning } from './inbox-pruning.job.ts';
import { type PeriodicJob, startPeriodicJobs } from './periodic-jobs.ts';
import type { ServiceDefinition } from './service-definition.ts';
import { openServiceDeps, type ServiceDeps } from './service-deps.ts';
import type { ServiceConfig } from './service-env.ts';
import { serviceTopics } from './service-topics.ts';
import { startWhen } from './start-when.ts';
import { subscribedTopics } from './subscribed-topics.ts';
import { watchTopics } from './topic-watch.ts';

export interface RunningService<Config extends ServiceConfig, Schema> {
  app: HttpApp;
  deps: ServiceDeps<Config, Schema>;
  /** Stops taking requests, then events, then closes connections: nothing half-done is acknowledged. */
  close(): Promise<void>;
}

/** Starts the HTTP app, the outbox relay and the inbox consumer of a service (once its topics exist), in-process. */
export async function startService<Config extends ServiceConfig, Schema>(
  definition: ServiceDefinition<Config, Schema>,
  config: Config,
): Promise<RunningService<Config, Schema>> {
  const deps = await openServiceDeps<Config, Schema>(definition.name, config);
  const { handlers } = definition.subscriptions;
  const { present, stop: stopWatching } = await watchTopics({
    bus: deps.bus,
    topics: serviceTopics(definition.produces, handlers, config.KAFKA_TOPIC_PREFIX),
    create: config.KAFKA_CREATE_TOPICS,
    logger: deps.logger,
    readinessChecks: deps.readinessChecks,
  });
  registerOutboxMetrics(deps.metricsRegistry, deps.db, deps.logger);
  const common = { db: deps.db, logger: deps.logger, producer: deps.producer, topicPrefix: config.KAFKA_TOPIC_PREFIX };
  const relay = startWhen(present, () =>
    startOutboxRelay({ ...common, databaseUrl: config.DATABASE_URL, ping: () => deps.bus.ping() }),
  );
  deps.livenessChecks.relay = async () => {
    if (relay.failure()) throw relay.failure();
  };
  const topics = subscribedTopics(handlers);
  const consumer =
    topics.length > 0
      ? startWhen(present, () =>
          startInboxConsumer({
            ...common,
            ...definition.subscriptions,
            topics,
            bus: deps.bus,
            metricsRegistry: deps.metricsRegistry,
            sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
          }),
        )
      : undefined;
  if (consumer) {
    deps.readinessChecks.consumer = async () => {
      const current = consumer.current();
      if (!current) throw new Error('consumer not started: waiting for its topics');
      await current.ready();
    };
    deps.livenessChecks.consumer = async () => {
      if (consumer.failure()) throw consumer.failure();
      await consumer.current()?.live();
    };
  }
  const app = await definition.buildApp(deps);
  await app.listen({ port: config.PORT, host: config.HOST });
  const housekeeping: PeriodicJob<ServiceDeps<Config, Schema>>[] = consumer
    ? [inboxPruning(config.INBOX_RETENTION_DAYS)]
    : [];
  const jobs = startPeriodicJobs([...housekeeping, ...(definition.periodicJobs ?? [])], deps, deps.logger);
  const workers = (definition.workers ?? []).map((worker) => worker.start(deps));
  const close = async (): Promise<void> => {
    await app.close();
    await Promise.all(workers.map((worker) => worker.stop()));
    await jobs.stop();
    stopWatching();
    await consumer?.stop();
    await relay.stop();
    await deps.producer.disconnect();
    await deps.db.destroy();
  };
  return { app, deps, close };
}
