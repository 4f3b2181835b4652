import type { FastifyInstance } from 'fastify';
import type { SnapshotWriter } from './snapshot-writer.ts';

/** Any successful non-GET call may have changed state worth keeping across restarts. */
export function registerSnapshotHook(app: FastifyInstance, writer: SnapshotWriter): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400) writer.changed();
  });
  app.addHook('onClose', async () => writer.flush());
}
