import type { FastifyInstance } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { principalOf } from '../app/request-principal.ts';
import { invalid, notFound } from '../errors/api-errors.ts';
import { insufficientPermissions } from '../errors/auth-errors.ts';
import { renderCalendarListEntry } from './calendar-list.render.ts';

// calendarList.insert needs a scope that may change the list, not only read it (Calendar v3 reference).
const listWriteScopes = ['calendar', 'calendar.calendarlist'].map((name) => `https://www.googleapis.com/auth/${name}`);

/**
 * calendarList.insert: adds a calendar shared with the caller to its own list and answers the entry with the
 * caller's accessRole. It is how a service account, whose list Google never fills by itself, learns its role on a
 * calendar a person shared with it; afterwards calendarList.get finds the calendar for it too.
 */
export function registerCalendarListInsertRoute(api: FastifyInstance, deps: EmulatorDeps): void {
  api.post('/users/me/calendarList', async (request) => {
    const principal = principalOf(request);
    if (!principal.scopes.some((scope) => listWriteScopes.includes(scope))) throw insufficientPermissions();
    const id = (request.body as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || id === '') throw invalid('Missing calendar id.', 'id');
    const calendar = deps.state.calendars.get(id);
    const role = calendar?.acl.get(principal.email);
    const account = deps.state.accounts.get(principal.email);
    if (calendar === undefined || role === undefined || account === undefined) throw notFound();
    if (!account.calendarList?.includes(id)) account.calendarList = [...(account.calendarList ?? []), id];
    return renderCalendarListEntry(calendar, role, principal.email);
  });
}
