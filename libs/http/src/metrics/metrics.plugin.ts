import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, type Registry } from 'prom-client';

export interface MetricsOptions {
  registry: Registry;
  ownsRegistry: boolean;
}

const durationName = 'http_request_duration_seconds';

// Labels use the route template, never the raw URL, so ids in paths cannot explode the series count.
function routeLabel(request: FastifyRequest): string {
  return request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
}

function requestDuration(registry: Registry): Histogram<'method' | 'route' | 'status_code'> {
  const existing = registry.getSingleMetric(durationName);
  if (existing instanceof Histogram) return existing;
  return new Histogram({
    name: durationName,
    help: 'HTTP request duration in seconds by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
}

export const metricsPlugin = fp<MetricsOptions>(
  async (app, { registry, ownsRegistry }) => {
    // A registry shared by several apps (tests, or one process serving two ports) already has the defaults.
    if (registry.getSingleMetric('process_cpu_seconds_total') === undefined) {
      collectDefaultMetrics({ register: registry });
    }
    const duration = requestDuration(registry);
    app.addHook('onResponse', async (request, reply) => {
      const labels = { method: request.method, route: routeLabel(request), status_code: String(reply.statusCode) };
      duration.observe(labels, reply.elapsedTime / 1000);
    });
    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
      reply.type(registry.contentType).send(await registry.metrics()),
    );
    app.addHook('onClose', async () => {
      if (ownsRegistry) registry.clear();
    });
  },
  { name: 'calbridge-metrics' },
);
