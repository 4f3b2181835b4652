import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarApi } from './emulator-fixture.ts';

/** What a connector does: follow pages until nextSyncToken, never stopping on an empty page. */
export async function syncAll(api: CalendarApi, params: calendar_v3.Params$Resource$Events$List) {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  for (;;) {
    const { data } = await api.events.list({ ...params, ...(pageToken ? { pageToken } : {}) });
    pages += 1;
    items.push(...(data.items ?? []));
    if (data.nextSyncToken) return { items, pages, syncToken: data.nextSyncToken };
    pageToken = data.nextPageToken ?? undefined;
    if (pageToken === undefined) throw new Error('a page carried neither token');
  }
}
