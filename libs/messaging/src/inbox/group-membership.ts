import type { ConsumerEvent, ConsumerEventDetail, TopicPartition } from '../kafka/kafka-types.ts';

type MemberState = 'joining' | 'joined' | 'rebalancing' | 'stopped' | 'crashed';

/**
 * Readiness follows the member's place in its group, and only a crash the client will not restart from is fatal.
 * kafkajs restarts a member after a retriable crash by itself (emitting STOP, then CRASH with restart=true), so a
 * broker that is down or restarting makes the member not ready until it joins again, never dead.
 */
export class GroupMembership {
  state: MemberState = 'joining';
  fatal: string | undefined;
  assignment: TopicPartition[] = [];
  private lastAnswerAt = Date.now();
  private readonly answerTimeoutMs: number;

  /** `answerTimeoutMs`: the session timeout; a member the broker has not answered for that long is out of its group. */
  constructor(answerTimeoutMs: number) {
    this.answerTimeoutMs = answerTimeoutMs;
  }

  record(event: ConsumerEvent, detail: ConsumerEventDetail = {}): void {
    if (event === 'joined') {
      this.state = 'joined';
      this.assignment = detail.assignment ?? [];
    }
    if (event === 'rebalancing') this.state = 'rebalancing';
    if (event === 'stopped') this.state = 'stopped';
    if (event === 'crashed') this.state = 'crashed';
    if (event === 'crashed' && detail.restart === false) this.fatal = `consumer crashed: ${detail.error?.message}`;
    if (event === 'joined' || event === 'fetched' || event === 'heartbeat' || event === 'committed') {
      this.lastAnswerAt = Date.now();
    }
  }

  /** Why the member is not consuming now, or undefined when it is. */
  notReadyReason(now = Date.now()): string | undefined {
    if (this.fatal) return this.fatal;
    if (this.state !== 'joined') return `consumer is ${this.state === 'joining' ? 'joining its group' : this.state}`;
    const silentMs = now - this.lastAnswerAt;
    if (silentMs > this.answerTimeoutMs)
      return `no contact with the group coordinator for ${Math.round(silentMs / 1000)} s`;
    return undefined;
  }
}
