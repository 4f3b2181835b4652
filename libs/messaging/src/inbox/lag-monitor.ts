import type { KafkaBus } from '../kafka/kafka-bus.ts';
import type { PartitionLag } from '../kafka/kafka-types.ts';
import type { Logger } from '../logger.ts';

export interface LagMonitorOptions {
  bus: KafkaBus;
  groupId: string;
  topics: string[];
  intervalMs: number;
  logger: Logger;
  /** `at`: when the reading was asked for. */
  onReading: (lags: PartitionLag[], at: number) => void;
}

/**
 * Reads the group's lag per partition on its own schedule, one reading in flight at most, so scrapes and probes
 * never multiply admin calls and never wait on a broker that is down (a failed reading is skipped, not retried).
 */
export function startLagMonitor(options: LagMonitorOptions): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> = Promise.resolve();
  let running = true;
  const read = async (): Promise<void> => {
    const at = Date.now();
    try {
      options.onReading(await options.bus.partitionLag(options.groupId, options.topics), at);
    } catch (error) {
      options.logger.debug({ err: error, groupId: options.groupId }, 'consumer lag reading failed');
    }
  };
  const schedule = (): void => {
    if (!running) return;
    timer = setTimeout(() => {
      reading = read().then(schedule);
    }, options.intervalMs);
  };
  reading = read().then(schedule);
  return {
    stop: async () => {
      running = false;
      clearTimeout(timer);
      await reading;
    },
  };
}
