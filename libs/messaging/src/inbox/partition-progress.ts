import type { PartitionLag, TopicPartition } from '../kafka/kafka-types.ts';

export interface StalledPartition extends TopicPartition {
  lag: number;
  stalledMs: number;
}

const keyOf = ({ topic, partition }: TopicPartition) => `${topic}[${partition}]`;

/**
 * Progress per partition, so one blocked partition shows even while the others move. A partition's clock restarts
 * when an offset of it is resolved, when a lag reading finds it caught up, or when it is assigned; heartbeats do not
 * count. It is stalled when a lag reading taken `stallAfterMs` after that still found messages waiting.
 */
export class PartitionProgress {
  private owned = new Map<string, TopicPartition>();
  private readonly movedAt = new Map<string, number>();
  private readonly waiting = new Map<string, { lag: number; at: number }>();

  assigned(partitions: TopicPartition[], now = Date.now()): void {
    this.owned = new Map(partitions.map((partition) => [keyOf(partition), partition]));
    // Readings from before this join say nothing about the new member's progress.
    this.waiting.clear();
    for (const key of this.owned.keys()) this.movedAt.set(key, now);
  }

  advanced(partition: TopicPartition, now = Date.now()): void {
    this.movedAt.set(keyOf(partition), now);
  }

  /** `at`: when the reading was asked for, so progress made while it was in flight is not mistaken for none. */
  observed(lags: PartitionLag[], at: number): void {
    for (const reading of lags) {
      const key = keyOf(reading);
      if (reading.lag > 0) {
        this.waiting.set(key, { lag: reading.lag, at });
        continue;
      }
      this.waiting.delete(key);
      this.movedAt.set(key, Math.max(at, this.movedAt.get(key) ?? at));
    }
  }

  stalled(stallAfterMs: number, now = Date.now()): StalledPartition[] {
    const found: StalledPartition[] = [];
    for (const [key, partition] of this.owned) {
      const movedAt = this.movedAt.get(key) ?? now;
      const waiting = this.waiting.get(key);
      if (waiting && waiting.at - movedAt >= stallAfterMs) {
        found.push({ ...partition, lag: waiting.lag, stalledMs: now - movedAt });
      }
    }
    return found;
  }
}
