import { expect, test } from '@jest/globals';
import { ConsumerHealth } from './consumer-health.ts';

const partition = { topic: 'booking.events.v1', partition: 0 };

function joined(): ConsumerHealth {
  const health = new ConsumerHealth(30_000, 120_000);
  health.record('joined', { assignment: [partition] });
  return health;
}

test('when kafkajs stops and restarts the member after a retriable crash, then it is not ready until it joins again, and live throughout', () => {
  const health = joined();
  expect(() => health.ready()).not.toThrow();

  health.record('stopped');
  health.record('crashed', { error: new Error('Connection error'), restart: true });
  expect(() => health.ready()).toThrow('consumer is crashed');
  expect(() => health.live()).not.toThrow();

  health.record('joined', { assignment: [partition] });
  expect(() => health.ready()).not.toThrow();
  expect(() => health.live()).not.toThrow();
});

test('when the member crashes and kafkajs will not restart it, then it is neither ready nor live', () => {
  const health = joined();
  health.record('stopped');
  health.record('crashed', { error: new Error('Not authorized'), restart: false });

  expect(() => health.live()).toThrow('consumer crashed: Not authorized');
  expect(() => health.ready()).toThrow('consumer crashed: Not authorized');
});

test('when the group rebalances, then the member is not ready until it has joined again', () => {
  const health = joined();
  health.record('rebalancing');
  expect(() => health.ready()).toThrow('consumer is rebalancing');
  health.record('joined', { assignment: [] });
  expect(() => health.ready()).not.toThrow();
});
