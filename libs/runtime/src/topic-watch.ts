import type { HealthChecks } from '@calbridge/http';
import type { Logger } from '@calbridge/logging';
import type { KafkaBus, TopicSpec } from '@calbridge/messaging';

export interface TopicWatchOptions {
  bus: KafkaBus;
  topics: TopicSpec[];
  /** KAFKA_CREATE_TOPICS: create what is missing, or only wait for someone else (a chart Job) to. */
  create: boolean;
  logger: Logger;
  /** Gets one failing `topic <name>` check per missing topic, so `/health/ready` names them. */
  readinessChecks: HealthChecks;
  everyMs?: number;
}

export interface TopicWatch {
  /** Resolves once every topic exists; the consumer starts then, as subscribing to a missing topic crashes it. */
  present: Promise<void>;
  stop(): void;
}

/**
 * Checks (and, where allowed, creates) a service's topics at start and again every `everyMs` until all exist. A
 * missing `.dlq` would otherwise surface only at the first poison message, as a partition blocked for good.
 */
export async function watchTopics(options: TopicWatchOptions): Promise<TopicWatch> {
  const names = options.topics.map(({ topic }) => topic);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let markPresent = (): void => {};
  const present = new Promise<void>((resolve) => {
    markPresent = resolve;
  });
  const showMissing = (missing: string[]): void => {
    for (const name of names) delete options.readinessChecks[`topic ${name}`];
    for (const name of missing) {
      options.readinessChecks[`topic ${name}`] = async () => {
        throw new Error(`topic ${name} does not exist${options.create ? '' : ' (KAFKA_CREATE_TOPICS is off)'}`);
      };
    }
  };
  const check = async (): Promise<void> => {
    try {
      if (options.create) {
        const created = await options.bus.createTopics(options.topics);
        if (created.length > 0) options.logger.info({ topics: created }, 'created topics');
      }
      const missing = await options.bus.missingTopics(names);
      showMissing(missing);
      if (missing.length === 0) return markPresent();
      options.logger.error({ topics: missing }, 'topics missing; not ready until they exist');
    } catch (error) {
      options.logger.warn({ err: error }, 'could not check the topics; trying again');
    }
    if (!stopped) timer = setTimeout(() => void check(), options.everyMs ?? 5_000);
  };
  showMissing(names);
  await check();
  return {
    present,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
