import type { ConsumerEvent } from '../kafka/kafka-types.ts';

/**
 * What liveness needs to know about a consumer. kafkajs has known ways of stopping silently, so a member that stopped
 * making progress while messages wait (lag > 0) counts as dead, and an idle one does not.
 */
export class ConsumerHealth {
  joined = false;
  fatal: string | undefined;
  lastProgressAt = Date.now();
  stopping = false;

  record(event: ConsumerEvent, detail?: { error?: Error; restart?: boolean }): void {
    if (event === 'joined') this.joined = true;
    if (event === 'crashed' && detail?.restart === false) this.fatal = `consumer crashed: ${detail.error?.message}`;
    if (event === 'stopped' && !this.stopping) this.fatal = 'consumer stopped unexpectedly';
    this.progress();
  }

  progress(): void {
    this.lastProgressAt = Date.now();
  }

  stalledFor(now = Date.now()): number {
    return now - this.lastProgressAt;
  }
}
