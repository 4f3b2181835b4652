import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

export interface InboundLink {
  roomId: string;
  calendarId: string;
}

/**
 * An active service-account integration reading each link's calendar into its room (from_calendar), as the API
 * leaves it after linking: the room link and the calendar's `calendar_syncs` row (its first sync a full one).
 */
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the connector's tables
export async function seedInboundIntegration(db: Kysely<any>, partnerId: string, links: InboundLink[]) {
  const integrationId = randomUUID();
  await sql`
    insert into integrations (id, partner_id, name, mode, data_scope, auth, status, activated)
    values (${integrationId}, ${partnerId}, 'Bench import', 'from_calendar', 'full', 'service_account', 'active', true)`.execute(
    db,
  );
  for (const link of links) {
    await sql`
      insert into room_links (integration_id, room_id, partner_id, calendar_id, health, access_role)
      values (${integrationId}, ${link.roomId}, ${partnerId}, ${link.calendarId}, 'ok', 'writer')`.execute(db);
    await sql`insert into calendar_syncs (integration_id, calendar_id) values (${integrationId}, ${link.calendarId})`.execute(
      db,
    );
  }
  return integrationId;
}

/**
 * An open push channel whose token the bench knows, made as the connector makes one (channel-token.ts: 32 random
 * bytes, base64url, only its SHA-256 stored), not due for renewal during the bench.
 */
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the connector's tables
export async function seedOpenChannel(db: Kysely<any>, link: { integrationId: string; calendarId: string }) {
  const channel = {
    id: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    resourceId: `bench-${randomUUID()}`,
  };
  const tokenHash = createHash('sha256').update(channel.token, 'utf8').digest();
  await sql`
    insert into watch_channels (id, integration_id, calendar_id, resource_id, token_hash, state, expires_at, due_at)
    values (${channel.id}, ${link.integrationId}, ${link.calendarId}, ${channel.resourceId}, ${tokenHash}, 'open',
      now() + interval '7 days', now() + interval '6 days')`.execute(db);
  return channel;
}
