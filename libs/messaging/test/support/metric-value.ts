import type { Registry } from 'prom-client';

/** The value of one series in `registry`, or undefined when it was never set. */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string | number>,
): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return undefined;
  const { values } = await metric.get();
  const wanted = Object.entries(labels);
  return values.find((sample) => wanted.every(([label, value]) => String(sample.labels[label]) === String(value)))
    ?.value;
}
