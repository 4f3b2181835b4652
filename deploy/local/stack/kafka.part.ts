import { join } from 'node:path';
import { topics } from '../../../libs/contracts/src/index.ts';
import { startKafkaBroker } from '../../../libs/local-stack/src/index.ts';
import { createTopics, topicsWithDeadLetters } from '../../../libs/messaging/src/index.ts';
import type { StackPart } from './stack-part.ts';
import { superviseProcess } from './supervised-process.ts';

export interface KafkaPartOptions {
  dataDir: string;
  port: number;
  controllerPort: number;
  topicPrefix: string;
  log: (line: string) => void;
  onChange: () => void;
}

/**
 * The spec's topics and their dead-letter topics, created up front as a chart Job does in production (the broker
 * never auto-creates). The services would create their own too (`KAFKA_CREATE_TOPICS` is on in `make up`).
 */
const topicSpecs = (prefix: string) => topicsWithDeadLetters(Object.values(topics), prefix);

/** A single-node KRaft broker, persistent across runs, restarted whenever it dies. */
export function kafkaPart({
  dataDir,
  port,
  controllerPort,
  topicPrefix,
  log,
  onChange,
}: KafkaPartOptions): StackPart & { brokers: string[] } {
  const brokers = [`127.0.0.1:${port}`];
  const supervised = superviseProcess(
    'kafka',
    async (signal) => {
      const broker = await startKafkaBroker({ dataDir, port, controllerPort, signal });
      try {
        const created = await createTopics(broker.brokers, topicSpecs(topicPrefix));
        log(`kafka: ready on ${port}${created.length > 0 ? `; created topics ${created.join(', ')}` : ''}`);
      } catch (error) {
        await broker.stop();
        throw error;
      }
      return broker;
    },
    log,
    onChange,
  );

  return {
    brokers,
    describe: () => ({
      name: 'kafka',
      address: brokers.join(','),
      probe: { tcp: port },
      log: join(dataDir, 'server.log'),
      ports: [port, controllerPort],
      ...supervised.status(),
    }),
    start: () => supervised.start(),
    stop: () => supervised.stop(),
  };
}
