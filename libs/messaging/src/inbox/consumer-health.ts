import type { ConsumerEvent, ConsumerEventDetail, PartitionLag, TopicPartition } from '../kafka/kafka-types.ts';
import { GroupMembership } from './group-membership.ts';
import { PartitionProgress } from './partition-progress.ts';

/**
 * Readiness from group membership, liveness from what cannot heal by itself: a crash kafkajs will not restart
 * from, or a partition stalled while messages wait on it (kafkajs has known ways of stopping silently, ADR 0003).
 */
export class ConsumerHealth {
  readonly membership: GroupMembership;
  private readonly progress = new PartitionProgress();
  private readonly stallAfterMs: number;

  constructor(sessionTimeoutMs: number, stallAfterMs: number) {
    this.membership = new GroupMembership(sessionTimeoutMs);
    this.stallAfterMs = stallAfterMs;
  }

  record(event: ConsumerEvent, detail?: ConsumerEventDetail): void {
    this.membership.record(event, detail);
    if (event === 'joined') this.progress.assigned(this.membership.assignment);
  }

  advanced(partition: TopicPartition): void {
    this.progress.advanced(partition);
  }

  observed(lags: PartitionLag[], at: number): void {
    this.progress.observed(lags, at);
  }

  ready(): void {
    const reason = this.membership.notReadyReason();
    if (reason) throw new Error(reason);
  }

  live(): void {
    if (this.membership.fatal) throw new Error(this.membership.fatal);
    // Out of the group (a broker back from a restart, kafkajs still rejoining) nothing can move: readiness says so,
    // and the partitions' clocks restart at the next join.
    if (this.membership.state !== 'joined') return;
    const stalled = this.progress.stalled(this.stallAfterMs);
    if (stalled.length === 0) return;
    const described = stalled.map(
      ({ topic, partition, lag, stalledMs }) =>
        `partition ${topic}[${partition}]: no progress for ${Math.round(stalledMs / 1000)} s with ${lag} messages waiting`,
    );
    throw new Error(described.join('; '));
  }
}
