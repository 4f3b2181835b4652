import type { RequestLogEntry } from '@calbridge/google-emulator';

const eventMethods: Record<string, string> = {
  GET: 'events.get',
  PATCH: 'events.patch',
  PUT: 'events.update',
  DELETE: 'events.delete',
};

/** The Calendar API method of a logged call, e.g. `events.list` for GET …/calendars/{id}/events. */
export function calendarMethodOf(call: Pick<RequestLogEntry, 'method' | 'path'>): string {
  const path = call.path.replace(/^\/calendar\/v3/, '');
  if (path === '/channels/stop') return 'channels.stop';
  if (path.endsWith('/events/watch')) return 'events.watch';
  if (path.endsWith('/events')) return call.method === 'GET' ? 'events.list' : 'events.insert';
  if (path.endsWith('/instances')) return 'events.instances';
  if (/\/events\/[^/]+$/.test(path)) return eventMethods[call.method] ?? `${call.method} event`;
  return `${call.method} ${path}`;
}

/** Calls counted by method, e.g. `{ "events.list": 600 }`. */
export function callsByMethod(calls: Pick<RequestLogEntry, 'method' | 'path'>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) {
    const method = calendarMethodOf(call);
    counts[method] = (counts[method] ?? 0) + 1;
  }
  return counts;
}
