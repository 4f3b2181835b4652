import { type HttpPlugin, partnerScope, problemDetailsSchema } from '@calbridge/http';
import { listCalendars } from '../calendars/calendar-list.service.ts';
import type { ConnectorDeps } from '../connector-context.ts';
import { calendarChoicesSchema } from './calendar.schemas.ts';
import { idParams } from './integration.schemas.ts';

export const calendarRoutes: HttpPlugin<{ deps: ConnectorDeps }> = async (app, { deps }) => {
  app.get(
    '/v1/integrations/:id/calendars',
    {
      schema: {
        tags: ['room links'],
        params: idParams,
        response: {
          200: calendarChoicesSchema,
          404: problemDetailsSchema,
          409: problemDetailsSchema,
          503: problemDetailsSchema,
        },
      },
    },
    async (request) => ({
      items: await listCalendars(deps, partnerScope(request), request.params.id),
      nextCursor: null,
    }),
  );
};
