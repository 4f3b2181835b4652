import { resolve } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createTopics } from '@calbridge/messaging';
import type { ServiceDefinition } from '../service-definition.ts';
import { serviceTopics } from '../service-topics.ts';

// The chart's topic Job (helm/calbridge): creates the topics one service produces and consumes, each with its `.dlq`,
// exactly the set the service waits for when KAFKA_CREATE_TOPICS is off. Existing topics are left alone, so it is
// safe on every upgrade. Brokers and prefix come from the service's own variables (KAFKA_BROKERS,
// KAFKA_TOPIC_PREFIX); replication and retention are the cluster's defaults.
const usage = 'usage: create-service-topics --service <module exporting `service`> [--partitions N]';
const { values } = parseArgs({
  options: { service: { type: 'string' }, partitions: { type: 'string', default: '3' } },
});
const partitions = Number(values.partitions);
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
if (!values.service || !Number.isInteger(partitions) || partitions < 1 || brokers.length === 0) {
  console.error(`${usage}\nKAFKA_BROKERS (host:port,…) must be set`);
  process.exit(2);
}
const { service } = (await import(pathToFileURL(resolve(values.service)).href)) as { service: ServiceDefinition };
const specs = serviceTopics(service.produces, service.subscriptions.handlers, process.env.KAFKA_TOPIC_PREFIX ?? '').map(
  (spec) => (spec.topic.endsWith('.dlq') ? spec : { ...spec, partitions }),
);
const created: string[] = [];
// Waiting for the new topics' leaders, kafkajs gives up on a broker whose metadata does not list a just-created topic
// yet (UNKNOWN_TOPIC_OR_PARTITION, seen when several of these Jobs run at once); the next attempt finds it there.
for (let attempt = 1; ; attempt++) {
  try {
    created.push(...(await createTopics(brokers, specs)));
    break;
  } catch (error) {
    if (attempt === 5) throw error;
    console.log(JSON.stringify({ level: 40, msg: 'topic creation failed, retrying', attempt, err: String(error) }));
    await setTimeout(500 * attempt);
  }
}
console.log(JSON.stringify({ level: 30, msg: 'topics ready', service: service.name, created }));
