import { describe, expect, test } from '@jest/globals';
import { consumerLag } from '../stack/consumer-lag.ts';
import type { StackManifest } from '../stack/stack-manifest.ts';
import { statusReport } from '../stack/status-report.ts';

const metrics = [
  '# HELP messaging_consumer_lag Messages the consumer group has not committed yet, per topic-partition (last reading)',
  '# TYPE messaging_consumer_lag gauge',
  'messaging_consumer_lag{group="availability-service",topic="booking.events.v1",partition="0"} 3',
  'messaging_consumer_lag{group="availability-service",topic="booking.events.v1",partition="1"} 2',
  'messaging_consumer_lag{group="availability-service",topic="calendar.events.v1",partition="0"} 0',
  'messaging_consumed_events_total{group="availability-service",topic="booking.events.v1",type="X",outcome="handled"} 9',
].join('\n');

describe('make status', () => {
  test('when a service reports lag per partition, then it is summed per topic and per group', () => {
    expect(consumerLag(metrics)).toEqual([
      {
        group: 'availability-service',
        total: 5,
        byTopic: { 'booking.events.v1': 5, 'calendar.events.v1': 0 },
      },
    ]);
  });

  test('when a service is behind and a part not ready, then the report says both in its rows', () => {
    const part = { address: '', probe: { tcp: 1 }, log: '', ports: [], restarts: 0, state: 'running' as const };
    const manifest: StackManifest = {
      pid: 42,
      startedAt: '2026-11-29T23:00:00.000Z',
      jwtSecretFingerprint: '',
      parts: [
        { ...part, name: 'kafka', pid: 7 },
        { ...part, name: 'availability-service', pid: 8, restarts: 2 },
      ],
    };

    const report = statusReport({
      manifest,
      health: { kafka: { ready: true }, 'availability-service': { ready: false, why: '503: kafka failed' } },
      lag: { 'availability-service': consumerLag(metrics) },
      deadLetters: { 'booking.events.v1.dlq': 0, 'calendar.events.v1.dlq': 4 },
    });

    expect(report.split('\n')).toEqual([
      'calbridge: supervisor 42, up since 2026-11-29T23:00:00.000Z',
      '',
      '  part                  state    pid  restarts  ready',
      '  kafka                 running  7    0         ready',
      '  availability-service  running  8    2         NOT READY: 503: kafka failed',
      '',
      '  consumer lag          group                 messages',
      '  availability-service  availability-service  5 (booking.events.v1: 5)',
      '',
      'dead letters (`make replay-dlq TOPIC=<topic>` puts them back):',
      '  booking.events.v1.dlq   0',
      '  calendar.events.v1.dlq  4 waiting',
    ]);
  });
});
