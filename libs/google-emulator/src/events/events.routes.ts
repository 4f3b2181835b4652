import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { principalOf } from '../app/request-principal.ts';
import { listInstances } from '../recurrence/instances.handler.ts';
import { listEvents } from '../sync/list-events.handler.ts';
import { deleteEvent } from './delete-event.handler.ts';
import { getEvent } from './get-event.handler.ts';
import { insertEvent } from './insert-event.handler.ts';
import { modifyEvent } from './modify-event.handler.ts';
import { validateSendUpdates } from './send-updates.validate.ts';

/** List handlers answer pre-serialised JSON text. */
const JSON_TYPE = 'application/json; charset=UTF-8';

type CalendarParams = { Params: { calendarId: string } };
type EventParams = { Params: { calendarId: string; eventId: string }; Querystring: { timeZone?: string } };

export function registerEventRoutes(api: FastifyInstance, deps: EmulatorDeps): void {
  api.get<CalendarParams>('/calendars/:calendarId/events', async (request, reply) =>
    reply.type(JSON_TYPE).send(listEvents(deps, principalOf(request), request.params.calendarId, request.query)),
  );
  api.post<CalendarParams>('/calendars/:calendarId/events', async (request) => {
    validateSendUpdates(request.query);
    return insertEvent(deps, principalOf(request), request.params.calendarId, request.body);
  });
  api.get<EventParams>('/calendars/:calendarId/events/:eventId', async (request, reply) => {
    const event = getEvent(deps, principalOf(request), {
      ...request.params,
      ...(request.query.timeZone === undefined ? {} : { timeZone: request.query.timeZone }),
      ...ifHeader('ifNoneMatch', request.headers['if-none-match']),
    });
    return event === undefined ? reply.code(304).send() : event;
  });
  for (const [method, mode] of [
    ['patch', 'patch'],
    ['put', 'update'],
  ] as const) {
    api[method]<EventParams>('/calendars/:calendarId/events/:eventId', async (request) => {
      validateSendUpdates(request.query);
      return modifyEvent(deps, principalOf(request), {
        ...request.params,
        body: request.body,
        mode,
        ...ifHeader('ifMatch', request.headers['if-match']),
      });
    });
  }
  api.get<EventParams>('/calendars/:calendarId/events/:eventId/instances', async (request, reply) => {
    const { calendarId, eventId } = request.params;
    return reply.type(JSON_TYPE).send(listInstances(deps, principalOf(request), calendarId, eventId, request.query));
  });
  api.delete<EventParams>('/calendars/:calendarId/events/:eventId', async (request, reply) => {
    validateSendUpdates(request.query);
    deleteEvent(deps, principalOf(request), { ...request.params, ...ifHeader('ifMatch', request.headers['if-match']) });
    return reply.code(204).send();
  });
}

const ifHeader = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
