import type { HttpApp } from '@calbridge/http';
import { type OutboxRelay, registerOutboxMetrics, startInboxConsumer, startOutboxRelay } from '@calbridge/messaging';
import { type DeferredConsumer, startConsumerWhen } from './deferred-consumer.ts';
import { inboxPruning } from './inbox-pruning.job.ts';
import { type PeriodicJob, startPeriodicJobs } from './periodic-jobs.ts';
import type { ServiceDefinition } from './service-definition.ts';
import { openServiceDeps, type ServiceDeps } from './service-deps.ts';
import type { ServiceConfig } from './service-env.ts';
import { serviceTopics } from './service-topics.ts';
import { subscribedTopics } from './subscribed-topics.ts';
import { watchTopics } from './topic-watch.ts';

export interface RunningService<Config extends ServiceConfig, Schema> {
  app: HttpApp;
  deps: ServiceDeps<Config, Schema>;
  /** Stops taking requests, then events, then closes connections: nothing half-done is acknowledged. */
  close(): Promise<void>;
}

/** Starts the HTTP app, the outbox relay and the inbox consumer of a service, in-process. */
export async function startService<Config extends ServiceConfig, Schema>(
  definition: ServiceDefinition<Config, Schema>,
  config: Config,
): Promise<RunningService<Config, Schema>> {
  const deps = await openServiceDeps<Config, Schema>(definition.name, config);
  const { handlers } = definition.subscriptions;
  const topicWatch = await watchTopics({
    bus: deps.bus,
    topics: serviceTopics(definition.produces, handlers, config.KAFKA_TOPIC_PREFIX),
    create: config.KAFKA_CREATE_TOPICS,
    logger: deps.logger,
    readinessChecks: deps.readinessChecks,
  });
  registerOutboxMetrics(deps.metricsRegistry, deps.db, deps.logger);
  const common = { db: deps.db, logger: deps.logger, producer: deps.producer, topicPrefix: config.KAFKA_TOPIC_PREFIX };
  const relay: OutboxRelay = await startOutboxRelay({
    ...common,
    databaseUrl: config.DATABASE_URL,
    ping: () => deps.bus.ping(),
  });
  let consumer: DeferredConsumer | undefined;
  const topics = subscribedTopics(handlers);
  if (topics.length > 0) {
    consumer = startConsumerWhen(topicWatch.present, () =>
      startInboxConsumer({ ...common, ...definition.subscriptions, topics, bus: deps.bus }),
    );
    deps.readinessChecks.consumer = consumer.readinessCheck;
    deps.livenessChecks.consumer = consumer.livenessCheck;
  }
  const app = await definition.buildApp(deps);
  await app.listen({ port: config.PORT, host: config.HOST });
  const housekeeping: PeriodicJob<ServiceDeps<Config, Schema>>[] = consumer
    ? [inboxPruning(config.INBOX_RETENTION_DAYS)]
    : [];
  const jobs = startPeriodicJobs([...housekeeping, ...(definition.periodicJobs ?? [])], deps, deps.logger);
  const close = async (): Promise<void> => {
    await app.close();
    await jobs.stop();
    topicWatch.stop();
    await consumer?.stop();
    await relay.stop();
    await deps.producer.disconnect();
    await deps.db.destroy();
  };
  return { app, deps, close };
}
