import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { eventually } from '@calbridge/testkit';
import type { ConnectorFixture } from './connector-fixture.ts';
import { serviceAccountEmail } from './google-world.ts';
import type { PartnerApi } from './partner-api.ts';

/** A service-account integration reading one calendar, as the partner sets it up through the API (share, link, activate). */
export async function linkedCalendar(fixture: ConnectorFixture, api: PartnerApi, owner: string) {
  const calendarId = await fixture.google.createCalendar(owner, `Room ${randomUUID().slice(0, 8)}`, 'Europe/Warsaw');
  await fixture.google.share(calendarId, serviceAccountEmail, 'writer');
  const integrationId = (
    await api.post('/v1/integrations', {
      name: 'Push',
      mode: 'bidirectional',
      dataScope: 'full',
      auth: 'service_account',
    })
  ).body.id as string;
  const roomId = randomUUID();
  const linked = await api.put(`/v1/integrations/${integrationId}/rooms/${roomId}`, { calendarId });
  if (linked.status !== 200) throw new Error(`link: ${linked.status} ${JSON.stringify(linked.body)}`);
  await api.post(`/v1/integrations/${integrationId}/activate`);
  return { calendarId, integrationId, roomId };
}

/** A linked calendar the connector watches: returns once its channel is open. */
export async function watchedCalendar(fixture: ConnectorFixture, api: PartnerApi, owner: string) {
  const linked = await linkedCalendar(fixture, api, owner);
  return { ...linked, channel: await openChannelOf(fixture, linked.calendarId) };
}

export const channelsOf = (fixture: ConnectorFixture, calendarId: string) =>
  fixture.db
    .selectFrom('watch_channels')
    .selectAll()
    .where('calendar_id', '=', calendarId)
    .orderBy('created_at')
    .execute();

/** The calendar's open channel, once there is one (other than `not`). */
export const openChannelOf = (fixture: ConnectorFixture, calendarId: string, not?: string) =>
  eventually(async () => {
    const open = (await channelsOf(fixture, calendarId)).find((row) => row.state === 'open' && row.id !== not);
    if (!open) throw new Error(`no open channel on ${calendarId} yet`);
    return open;
  });

export const requestedOf = async (fixture: ConnectorFixture, calendarId: string) =>
  Number(
    (
      await fixture.db
        .selectFrom('calendar_syncs')
        .select('requested')
        .where('calendar_id', '=', calendarId)
        .executeTakeFirstOrThrow()
    ).requested,
  );

/** Once the first backstop request of a newly read calendar is made: `requested` then moves only by pushes. */
export const backstopScheduled = (fixture: ConnectorFixture, calendarId: string) =>
  eventually(async () => {
    const row = await fixture.db
      .selectFrom('calendar_syncs')
      .select('backstop_at')
      .where('calendar_id', '=', calendarId)
      .executeTakeFirstOrThrow();
    if (row.backstop_at.getTime() <= Date.now()) throw new Error('first backstop not requested yet');
  });

export interface Delivery {
  channelId: string;
  state: string;
  status: number | null;
}

export const deliveriesOf = async (fixture: ConnectorFixture, channelId: string) =>
  (await fixture.google.control.get<Delivery[]>(`/deliveries?channelId=${channelId}`)).body;

/** The channels.stop calls Google answered since `since` (ms). */
export const stopsSince = async (fixture: ConnectorFixture, since: number) =>
  (await fixture.google.requests(since)).filter((entry) => entry.path.endsWith('/channels/stop'));

/** A notification as Google sends it: headers only, an empty JSON body. */
export const notify = (fixture: ConnectorFixture, headers: Record<string, string>) =>
  fetch(`${fixture.url}/webhooks/google`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; utf-8', ...headers },
  });

/** `count` notifications at once, each on its own connection as Google sends them; their statuses. */
export async function notifyMany(fixture: ConnectorFixture, count: number, headers: Record<string, string>) {
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const sent = request(`${fixture.url}/webhooks/google`, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json; utf-8', 'content-length': '0', ...headers },
      });
      sent.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      sent.on('error', reject);
      sent.end();
    });
  return Promise.all(Array.from({ length: count }, one));
}

/** A counter's value in /metrics (0 when absent). */
export async function metricValue(fixture: ConnectorFixture, series: string): Promise<number> {
  const text = await (await fetch(`${fixture.url}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
