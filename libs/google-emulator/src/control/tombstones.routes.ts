import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { purgeTombstones } from '../events/tombstone-purge.ts';
import { controlError, parseControlBody } from './control-body.ts';

const purgeBody = z.object({ calendarId: z.string().optional() });

/** Forgets the deleted events of one calendar or of all: `{ purged: { <calendarId>: [eventId, …] } }`. */
export function registerTombstoneRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/tombstones/purge', async (request) => {
    const { calendarId } = parseControlBody(purgeBody, request.body);
    const calendars =
      calendarId === undefined ? [...deps.state.calendars.values()] : [deps.state.calendars.get(calendarId)];
    const purged: Record<string, string[]> = {};
    for (const calendar of calendars) {
      if (calendar === undefined) throw controlError(404, `no calendar ${calendarId}`);
      purged[calendar.id] = purgeTombstones(calendar);
    }
    return { purged };
  });
}
