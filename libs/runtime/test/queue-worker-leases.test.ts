import { createLogger } from '@calbridge/logging';
import { eventually } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import { queueWorker } from '../src/queue-worker.ts';

/**
 * A lease short enough that a killed worker's items come back quickly must still cover a live worker's long item:
 * the worker renews the leases of what it holds, and stops once the item is settled.
 */
test('when an item takes longer than its lease, then its worker renews the lease until the item is done', async () => {
  const renewed: string[][] = [];
  let pending = ['long item'];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const worker = queueWorker<undefined, undefined, string>({
    name: 'test worker',
    open: () => undefined,
    queue: () => ({
      concurrency: 2,
      logger: createLogger({ name: 'queue-worker-test', level: 'silent' }),
      claim: async () => {
        const claimed = pending;
        pending = [];
        return claimed;
      },
      work: () => done,
      keepLeases: { everyMs: 20, extend: async (items) => void renewed.push(items) },
    }),
  }).start(undefined);

  await eventually(() => expect(renewed.length).toBeGreaterThanOrEqual(3));
  finish();
  await new Promise((resolve) => setTimeout(resolve, 30));
  const whileWorking = renewed.length;
  await new Promise((resolve) => setTimeout(resolve, 100));
  await worker.stop();

  expect(renewed.every((items) => items.length === 1 && items[0] === 'long item')).toBe(true);
  expect(renewed.length).toBe(whileWorking);
});
