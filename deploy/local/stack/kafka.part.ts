import { join } from 'node:path';
import { topics } from '../../../libs/contracts/src/index.ts';
import { type KafkaBroker, startKafkaBroker } from '../../../libs/local-stack/src/index.ts';
import { createTopics, topicsWithDeadLetters } from '../../../libs/messaging/src/index.ts';
import type { StackPart } from './stack-part.ts';

export interface KafkaPartOptions {
  dataDir: string;
  port: number;
  controllerPort: number;
  topicPrefix: string;
  log: (line: string) => void;
}

/**
 * The spec's topics and their dead-letter topics, created up front as a chart Job does in production (the broker
 * never auto-creates). The services would create their own too (`KAFKA_CREATE_TOPICS` is on in `make up`).
 */
const topicSpecs = (prefix: string) => topicsWithDeadLetters(Object.values(topics), prefix);

/** A single-node KRaft broker, persistent across runs. */
export function kafkaPart({
  dataDir,
  port,
  controllerPort,
  topicPrefix,
  log,
}: KafkaPartOptions): StackPart & { brokers: string[] } {
  const brokers = [`127.0.0.1:${port}`];
  let broker: KafkaBroker | undefined;

  return {
    brokers,
    describe: () => ({
      name: 'kafka',
      address: brokers.join(','),
      probe: { tcp: port },
      log: join(dataDir, 'server.log'),
      ports: [port, controllerPort],
      restarts: 0,
    }),
    async start() {
      broker = await startKafkaBroker({ dataDir, port, controllerPort });
      const created = await createTopics(broker.brokers, topicSpecs(topicPrefix));
      log(`kafka: ready on ${port}${created.length > 0 ? `; created topics ${created.join(', ')}` : ''}`);
    },
    stop: async () => broker?.stop(),
  };
}
