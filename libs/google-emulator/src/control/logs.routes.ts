import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { sinceFilter } from './since-filter.ts';

type RequestsQuery = { Querystring: { since?: string } };
type DeliveriesQuery = { Querystring: { channelId?: string; since?: string } };

/** Both answer a JSON array, oldest first. */
export function registerLogRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.get<RequestsQuery>('/requests', async (request) =>
    deps.requestLog.entries.filter(sinceFilter(request.query.since)),
  );
  app.get<DeliveriesQuery>('/deliveries', async (request) => {
    const { channelId, since } = request.query;
    const recent = sinceFilter(since);
    return deps.deliveryLog.entries.filter(
      (entry) => (channelId === undefined || entry.channelId === channelId) && recent(entry),
    );
  });
}
