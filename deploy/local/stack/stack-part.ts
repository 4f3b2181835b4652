/** How `make up` checks from outside that a part answers: an HTTP GET that must return 200, or a TCP connect. */
export type ReadinessProbe = { http: string } | { tcp: number };

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
}

/**
 * One thing the supervisor runs. `start` resolves once the part is set up (a service: migrated and launched);
 * `stop` is safe to call whether or not `start` got anywhere.
 */
export interface StackPart {
  describe(): PartDescription;
  start(signal: AbortSignal): Promise<void>;
  stop(): Promise<void>;
}
