import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { principalOf } from '../app/request-principal.ts';
import { stopChannel } from './stop-channel.handler.ts';
import { watchEvents } from './watch-events.handler.ts';

export function registerPushRoutes(api: FastifyInstance, deps: EmulatorDeps): void {
  api.post<{ Params: { calendarId: string } }>('/calendars/:calendarId/events/watch', async (request) =>
    watchEvents(deps, principalOf(request), request.params.calendarId, request.body),
  );
  api.post('/channels/stop', async (request, reply) => {
    stopChannel(deps, principalOf(request), request.body);
    return reply.code(204).send();
  });
}
