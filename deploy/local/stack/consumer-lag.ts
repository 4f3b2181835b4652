/** A consumer group's lag, as the service that runs it reports it in `/metrics`. */
export interface GroupLag {
  group: string;
  total: number;
  /** Per topic, summed over its partitions. */
  byTopic: Record<string, number>;
}

/** libs/messaging's gauge, per topic-partition: `messaging_consumer_lag{group,topic,partition}`. */
const series = /^messaging_consumer_lag\{([^}]*)\}\s+(\S+)/;
const label = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/** The lag of every group in a Prometheus text exposition, summed per topic and per group. */
export function consumerLag(metricsText: string): GroupLag[] {
  const groups = new Map<string, GroupLag>();
  for (const line of metricsText.split('\n')) {
    const [, labels = '', value = ''] = series.exec(line) ?? [];
    if (!labels) continue;
    const labelled = new Map([...labels.matchAll(label)].map(([, name, text]) => [name, text ?? '']));
    const group = labelled.get('group') ?? '';
    const topic = labelled.get('topic') ?? '';
    const lag = Number(value);
    if (!Number.isFinite(lag)) continue;
    const entry = groups.get(group) ?? { group, total: 0, byTopic: {} };
    entry.total += lag;
    entry.byTopic[topic] = (entry.byTopic[topic] ?? 0) + lag;
    groups.set(group, entry);
  }
  return [...groups.values()];
}

/** Reads a service's `/metrics`; undefined when it does not answer (its health line says why). */
export async function serviceLag(serviceUrl: string): Promise<GroupLag[] | undefined> {
  try {
    const response = await fetch(`${serviceUrl}/metrics`, { signal: AbortSignal.timeout(5_000) });
    return response.ok ? consumerLag(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}
