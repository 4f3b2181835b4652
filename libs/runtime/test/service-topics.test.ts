import { createTopics, topicsWithDeadLetters } from '@calbridge/messaging';
import { createServiceTestEnv, eventually, testKafkaBrokers } from '@calbridge/testkit';
import { describe, expect, test } from '@jest/globals';
import { startService } from '../src/index.ts';
import { migrateProbe, probeConfig, probeService } from './support/probe-service.ts';

const needed = ['booking.events.v1', 'booking.events.v1.dlq', 'availability.events.v1', 'availability.events.v1.dlq'];

async function readiness(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
}

describe('service topics', () => {
  test('when a topic is missing and creation is off, then the service is not ready, names it, and gets ready once it exists', async () => {
    const { env, drop } = await createServiceTestEnv();
    const config = probeConfig({ ...env, KAFKA_CREATE_TOPICS: 'false' });
    await migrateProbe(config.DATABASE_URL);
    const prefix = config.KAFKA_TOPIC_PREFIX;
    // Everything but the producer's dead-letter topic, the one a poison message would need first.
    await createTopics(testKafkaBrokers(), [
      { topic: `${prefix}booking.events.v1` },
      ...topicsWithDeadLetters(['availability.events.v1'], prefix),
    ]);
    const service = await startService(probeService, config);
    try {
      const before = await readiness(config.PORT);
      await createTopics(testKafkaBrokers(), [{ topic: `${prefix}booking.events.v1.dlq`, partitions: 1 }]);
      const after = await eventually(async () => {
        const probe = await readiness(config.PORT);
        expect(probe.status).toBe(200);
        return probe;
      });

      expect(before.status).toBe(503);
      expect(before.body.checks).toMatchObject({
        [`topic ${prefix}booking.events.v1.dlq`]: 'failed',
        consumer: 'failed',
      });
      expect(Object.keys(before.body.checks).filter((name) => name.startsWith('topic '))).toHaveLength(1);
      expect(after.body.checks).toMatchObject({ kafka: 'ok', consumer: 'ok' });
    } finally {
      await service.close();
      await drop();
    }
  });

  test('when creation is on, then the service creates every topic it produces and consumes, each with its .dlq', async () => {
    const { env, drop } = await createServiceTestEnv();
    const config = probeConfig({ ...env, KAFKA_CREATE_TOPICS: 'true' });
    await migrateProbe(config.DATABASE_URL);
    const service = await startService(probeService, config);
    try {
      const missing = await service.deps.bus.missingTopics(needed.map((topic) => config.KAFKA_TOPIC_PREFIX + topic));
      const probe = await eventually(async () => {
        const result = await readiness(config.PORT);
        expect(result.status).toBe(200);
        return result;
      });

      expect(missing).toEqual([]);
      expect(Object.keys(probe.body.checks).some((name) => name.startsWith('topic '))).toBe(false);
    } finally {
      await service.close();
      await drop();
    }
  });
});
