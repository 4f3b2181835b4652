import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { controlError, parseControlBody } from './control-body.ts';

const invalidateBody = z.object({ calendarId: z.string().optional() });

/** Moves the sync epoch of one or every calendar: every token issued before answers 410 fullSyncRequired. */
export function registerSyncTokenRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/sync-tokens/invalidate', async (request) => {
    const { calendarId } = parseControlBody(invalidateBody, request.body);
    const calendars =
      calendarId === undefined ? [...deps.state.calendars.values()] : [deps.state.calendars.get(calendarId)];
    const invalidated: string[] = [];
    for (const calendar of calendars) {
      if (calendar === undefined) throw controlError(404, `no calendar ${calendarId}`);
      calendar.changeLog.epoch += 1;
      invalidated.push(calendar.id);
    }
    return { invalidated };
  });
}
