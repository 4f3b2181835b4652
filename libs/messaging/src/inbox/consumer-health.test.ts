import { expect, test } from '@jest/globals';
import { ConsumerHealth } from './consumer-health.ts';

const partition = { topic: 'booking.events.v1', partition: 0 };

// stallAfterMs 0: any reading with messages waiting counts as a stall, unless the member is out of its group.
function joined(): ConsumerHealth {
  const health = new ConsumerHealth(30_000, 0);
  health.record('joined', { assignment: [partition] });
  return health;
}

test('when kafkajs stops and restarts the member after a retriable crash, then it is not ready until it joins again, and live throughout', () => {
  const health = joined();
  expect(() => health.ready()).not.toThrow();

  health.record('stopped');
  health.record('crashed', { error: new Error('Connection error'), restart: true });
  // The broker is back and the topic has filled up long after this member's last progress.
  health.observed([{ ...partition, lag: 50 }], Date.now());
  expect(() => health.ready()).toThrow('consumer is crashed');
  expect(() => health.live()).not.toThrow();

  health.record('joined', { assignment: [partition] });
  expect(() => health.ready()).not.toThrow();
  expect(() => health.live()).not.toThrow();
});

test('when a partition of a joined member has messages waiting past stallAfterMs, then it is not live', () => {
  const health = joined();
  health.observed([{ ...partition, lag: 3 }], Date.now());
  expect(() => health.live()).toThrow(
    /partition booking\.events\.v1\[0\]: no progress for \d+ s with 3 messages waiting/,
  );
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
