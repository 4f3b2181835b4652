/** How many events of `topic` a service's consumer has settled, as its `/metrics` reports (spec §6). */
export async function consumedEvents(serviceUrl: string, topic: string): Promise<number> {
  const metrics = await (await fetch(`${serviceUrl}/metrics`)).text();
  return metrics
    .split('\n')
    .filter((line) => line.startsWith('messaging_consumed_events_total{') && line.includes(`topic="${topic}"`))
    .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
