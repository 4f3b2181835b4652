import { expectStatus } from '../demo-api.ts';
import { type DemoWorld, wallTime } from '../demo-world.ts';
import { connectGoogleAccount } from '../partner-consent.ts';
import type { LockMeSetup } from './lock-me.story.ts';

/**
 * The Google account's owner removes calbridge's access: the integration says so, the partner gets the reconnect
 * link, and once reconnected the bookings made meanwhile reach Google. Nothing is dropped.
 */
export async function lostAccessStory(world: DemoWorld, lockMe: LockMeSetup): Promise<void> {
  const { say, booking, connector } = world;
  const { integrationId, integrationName, staff, vault, zone, partnerEmail } = lockMe;
  const day = world.day();
  say.story('Lost access: Google access is revoked, the partner reconnects, nothing is lost', 'spec §5, needs_reauth');

  say.step(`${staff.email} removes calbridge's access; then a customer books The Vault 18:00–19:00`);
  await staff.revokeAccess();
  expectStatus(
    await booking.post('/v1/bookings', {
      roomId: vault.roomId,
      start: wallTime(day, '18:00', zone),
      end: wallTime(day, '19:00', zone),
      name: 'Grace Hopper',
      status: 'confirmed',
    }),
    201,
    'booking',
  );
  await say.check(
    'writing it, the connector meets invalid_grant: the integration is needs_reauth',
    () => connector.read(`/v1/integrations/${integrationId}`),
    (seen) => seen.body.status === 'needs_reauth',
  );
  const reconnect = `/integrations/${integrationId}/reconnect`;
  const mails = await say.check(
    `${partnerEmail} gets "Reconnect Google Calendar: ${integrationName}" with the reconnect link`,
    () => world.inbox.to(partnerEmail),
    (inbox) => inbox.some((mail) => mail.subject.includes(integrationName) && mail.text.includes(reconnect)),
  );
  const link = mails.find((mail) => mail.text.includes(reconnect))?.text.match(/\S*\/reconnect\S*/)?.[0];
  say.note(`reconnect link: ${link}`);

  say.step('The partner follows the link and connects the Google account again');
  await connectGoogleAccount(world, integrationId, staff.email);
  await say.check(
    'the integration is active again',
    () => connector.read(`/v1/integrations/${integrationId}`),
    (seen) => seen.body.status === 'active',
  );
  await say.check(
    'the booking made meanwhile is in Google: "Grace Hopper"',
    () => staff.events(vault.calendarId),
    (events) => events.some((event) => event.summary === 'Grace Hopper'),
  );
  say.look('The Vault’s calendar in Google', staff.viewUrl(vault.calendarId));
}
