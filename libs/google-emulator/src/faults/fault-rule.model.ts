export interface FaultRule {
  method?: string;
  path?: RegExp;
  /** How many more times the rule may fire; unlimited when unset. */
  remaining?: number;
  probability: number;
  status?: number;
  reason?: string;
  delayMs?: number;
}

export interface PushFaults {
  drop: number;
  duplicate: number;
  delayMs: number;
}

export const noPushFaults = (): PushFaults => ({ drop: 0, duplicate: 0, delayMs: 0 });
