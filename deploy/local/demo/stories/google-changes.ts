import { expectStatus } from '../demo-api.ts';
import { type DemoWorld, wallTime } from '../demo-world.ts';
import type { GooglePerson } from '../google-person.ts';
import { showSlots, slotsOn, statusIs } from '../room-view.ts';

interface BlockView {
  id: string;
  source: { eventId: string };
}

export interface LockMeRooms {
  integrationId: string;
  staff: GooglePerson;
  zone: string;
  day: string;
  vaultRoom: string;
  vaultCalendar: string;
  tombRoom: string;
}

/**
 * The Lock.me story's second half: staff work in Google. An event blocks the slots whose start lies inside it; a
 * calendar serves one room; "Synchronize calendars" shows its progress; deleting the event frees the slots; a block
 * the partner deletes stays deleted while the event stays in Google.
 */
export async function googleChanges(world: DemoWorld, rooms: LockMeRooms): Promise<void> {
  const { say, connector, availability } = world;
  const { integrationId, staff, zone, day, vaultRoom, vaultCalendar, tombRoom } = rooms;
  const at = (time: string) => ({ dateTime: wallTime(day, time, zone), timeZone: zone });
  const vaultSlots = () => slotsOn(world, vaultRoom, day, zone);

  say.step('Staff add "Team building" 10:30–13:00 to The Vault’s calendar in Google');
  const teamBuilding = await staff.addEvent(vaultCalendar, {
    summary: 'Team building',
    start: at('10:30'),
    end: at('13:00'),
  });
  const blocked = await say.check(
    'only the slots starting inside it (11:00, 12:00) are blocked; 10:00 and 13:00 stay free',
    vaultSlots,
    (slots) => statusIs(slots, ['11:00', '12:00'], 'blocked') && statusIs(slots, ['10:00', '13:00'], 'free'),
  );
  showSlots(world, blocked);

  say.step('Pharaoh’s Tomb is mapped to The Vault’s calendar too');
  const refused = await connector.put(`/v1/integrations/${integrationId}/rooms/${tombRoom}`, {
    calendarId: vaultCalendar,
  });
  say.see(
    'refused: in two-way mode a calendar serves one room (calendar_already_linked)',
    refused.status === 409 && refused.body?.code === 'calendar_already_linked',
    refused.body,
  );

  say.step('"Synchronize calendars", both directions, for The Vault only');
  const sync = expectStatus(
    await connector.post(`/v1/integrations/${integrationId}/sync`, { direction: 'both', roomId: vaultRoom }),
    202,
    'sync',
  ).body;
  const done = await say.check(
    'the synchronization finishes',
    () => connector.read(`/v1/integrations/${integrationId}/syncs/${sync.syncId}`),
    (seen) => seen.body.status === 'succeeded',
  );
  say.note(`progress: ${JSON.stringify(done.body.progress)}`);

  say.step('Staff delete "Team building" in Google');
  await staff.deleteEvent(vaultCalendar, teamBuilding);
  await say.check('11:00 and 12:00 are free again', vaultSlots, (slots) => statusIs(slots, ['11:00', '12:00'], 'free'));

  say.step('Staff add "Maintenance" 17:00–18:00; the partner deletes its block in calbridge');
  const maintenance = await staff.addEvent(vaultCalendar, {
    summary: 'Maintenance',
    start: at('17:00'),
    end: at('18:00'),
  });
  const blocks = await say.check(
    '17:00 is blocked',
    () => availability.read(`/v1/rooms/${vaultRoom}/blocks`),
    (seen) => seen.body.items.some((block: BlockView) => block.source.eventId === maintenance.id),
  );
  const block = blocks.body.items.find((one: BlockView) => one.source.eventId === maintenance.id);
  expectStatus(await availability.delete(`/v1/rooms/${vaultRoom}/blocks/${block.id}`), 200, 'unblock');
  await say.check('17:00 is free', vaultSlots, (slots) => slots['17:00'] === 'free');
  const again = expectStatus(
    await connector.post(`/v1/integrations/${integrationId}/sync`, { direction: 'from_calendar', roomId: vaultRoom }),
    202,
    'sync',
  ).body;
  await say.check(
    'after another synchronization',
    () => connector.read(`/v1/integrations/${integrationId}/syncs/${again.syncId}`),
    (seen) => seen.body.status === 'succeeded',
  );
  const after = await vaultSlots();
  const events = await staff.events(vaultCalendar);
  say.see(
    'the block stays deleted, and "Maintenance" stays in Google',
    after['17:00'] === 'free' && events.some((event) => event.summary === 'Maintenance'),
    { slot: after['17:00'], events: events.map((event) => event.summary) },
  );
}
