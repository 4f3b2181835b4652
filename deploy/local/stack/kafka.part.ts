import { join } from 'node:path';
import { dlqTopic, topics } from '../../../libs/contracts/src/index.ts';
import { createTopics, type KafkaBroker, startKafkaBroker } from '../../../libs/local-stack/src/index.ts';
import type { StackPart } from './stack-part.ts';

export interface KafkaPartOptions {
  dataDir: string;
  port: number;
  controllerPort: number;
  topicPrefix: string;
  log: (line: string) => void;
}

/** The spec's topics and their dead-letter topics: created up front, as in production (no auto-creation). */
const topicSpecs = (prefix: string) =>
  Object.values(topics).flatMap((topic) => [
    { topic: `${prefix}${topic}`, partitions: 3 },
    { topic: `${prefix}${dlqTopic(topic)}`, partitions: 1 },
  ]);

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
