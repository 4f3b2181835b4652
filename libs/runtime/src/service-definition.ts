import type { Topic } from '@calbridge/contracts';
import type { HttpApp } from '@calbridge/http';
import type { EventHandlers } from '@calbridge/messaging';
import type { PeriodicJob } from './periodic-jobs.ts';
import type { ServiceDeps } from './service-deps.ts';
import type { ServiceConfig } from './service-env.ts';

/** A service as the runtime sees it: its migrations, its subscriptions and how to build its HTTP app. */
export interface ServiceDefinition<Config extends ServiceConfig = ServiceConfig, Schema = unknown> {
  name: string;
  /** Absolute path of the service's migration folder. */
  migrationsFolder: string;
  /**
   * The subscription table (src/events/consumers.ts). The service subscribes only to the topics of the events it
   * has handlers for, so a topic is never consumed (and its offsets committed) before something handles it.
   */
  subscriptions: { groupId: string; handlers: EventHandlers };
  /**
   * The topics its outbox publishes to. With the subscribed ones they must exist (each with its `.dlq`) before the
   * service is ready; `KAFKA_CREATE_TOPICS` lets it create them.
   */
  produces: readonly Topic[];
  buildApp(deps: ServiceDeps<Config, Schema>): Promise<HttpApp>;
  /** Housekeeping run at start and at an interval while the service runs. */
  periodicJobs?: PeriodicJob<ServiceDeps<Config, Schema>>[];
  /** Long-running loops beside the API and the consumer (e.g. a queue worker), started last and stopped first. */
  workers?: BackgroundWorker<ServiceDeps<Config, Schema>>[];
}

export interface BackgroundWorker<Deps> {
  name: string;
  start(deps: Deps): { stop(): Promise<void> };
}
