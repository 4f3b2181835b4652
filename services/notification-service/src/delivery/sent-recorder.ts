import type { Db } from '../db/db.ts';
import { markSent } from './delivery-queue.repository.ts';

/**
 * Records sends as `sent` in batches: one update, one commit, for every send that finished within `delayMs` (or
 * `maxBatch` of them), instead of a commit per message. Each caller's promise settles with its batch's update.
 */
export function createSentRecorder(db: Db, { maxBatch, delayMs }: { maxBatch: number; delayMs: number }) {
  let waiting: { id: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const batch = waiting;
    waiting = [];
    try {
      await markSent(
        db,
        batch.map(({ id }) => id),
      );
      for (const { resolve } of batch) resolve();
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  };
  return (id: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ id, resolve, reject });
      if (waiting.length >= maxBatch) void flush();
      else timer ??= setTimeout(() => void flush(), delayMs);
    });
}
