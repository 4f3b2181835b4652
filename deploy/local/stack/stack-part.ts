/** How `make up` checks from outside that a part answers: an HTTP GET that must return 200, or a TCP connect. */
export type ReadinessProbe = { http: string } | { tcp: number };

/** Where a part is in its life; `restarting` means it exited and the supervisor is bringing it back. */
export type PartState = 'starting' | 'running' | 'restarting' | 'stopped';

/** What `make up` prints about a part and probes to call it ready. */
export interface PartDescription {
  name: string;
  address: string;
  probe: ReadinessProbe;
  log: string;
  /** Every port it listens on, checked to be free before anything starts. */
  ports: number[];
  /** Unexpected exits so far: a part that keeps crashing will not get ready by waiting. */
  restarts: number;
  state: PartState;
  /** How it ended last time it exited unexpectedly, for a one-line answer to "why is it down". */
  lastExit?: string;
  /** The process that runs it now, if one does. */
  pid?: number;
}

/**
 * One thing the supervisor runs. `start` resolves once the part is set up (a service: migrated and launched);
 * `stop` may be called at any time, while `start` is still running too, and ends whatever `start` began.
 */
export interface StackPart {
  describe(): PartDescription;
  start(signal: AbortSignal): Promise<void>;
  stop(): Promise<void>;
}
