/** What a prober saw: when `ready()` and `live()` answered, and how. */
export interface ProbeRecord {
  ready: boolean;
  live: boolean;
  liveError?: string;
}

const outcome = (check: () => Promise<void>) =>
  check().then(
    () => ({ ok: true as const }),
    (error: Error) => ({ ok: false as const, message: error.message }),
  );

/** Probes a consumer every `everyMs`, like an orchestrator would, until stopped. */
export function probeHealth(target: { ready(): Promise<void>; live(): Promise<void> }, everyMs = 200) {
  const records: ProbeRecord[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const [ready, live] = await Promise.all([outcome(target.ready), outcome(target.live)]);
      records.push({ ready: ready.ok, live: live.ok, liveError: live.ok ? undefined : live.message });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  const stop = async (): Promise<ProbeRecord[]> => {
    running = false;
    await loop;
    return records;
  };
  return { records, stop };
}
