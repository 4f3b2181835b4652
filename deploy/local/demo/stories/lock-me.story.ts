import { expectStatus } from '../demo-api.ts';
import { type DemoWorld, wallTime } from '../demo-world.ts';
import type { CalendarEvent, GooglePerson } from '../google-person.ts';
import { connectGoogleAccount } from '../partner-consent.ts';
import { googleChanges } from './google-changes.ts';

export interface LockMeSetup {
  integrationId: string;
  integrationName: string;
  staff: GooglePerson;
  vault: { roomId: string; calendarId: string };
  zone: string;
  partnerEmail: string;
  /** Ada's booking in The Vault, 15:00–16:00 on the story's day, paid online. */
  bookingId: string;
}

const zone = 'Europe/Warsaw';
const hourly = { weekly: everyDay('10:00', '20:00'), slotMinutes: 60, everyMinutes: 60 };

/**
 * Seed 1 (Lock.me): an escape-room partner connects Google Calendar with OAuth, two-way and without contact details,
 * one calendar per room; staff work in Google, customers book in calbridge.
 */
export async function lockMeStory(world: DemoWorld): Promise<LockMeSetup> {
  const { say, booking, connector, availability } = world;
  const day = world.day();
  const at = (time: string) => wallTime(day, time, zone);
  say.story('Lock.me: an escape room connects Google Calendar, two-way, without contact details', 'seed 1');

  say.step('The partner has two rooms, hourly slots from 10:00, and tells calbridge where to e-mail them');
  const partnerEmail = `owner-${world.run}@escape-demo.test`;
  expectStatus(await world.notification.put('/v1/notification-settings', { email: partnerEmail }), 200, 'settings');
  const rooms = [];
  for (const name of ['The Vault', 'Pharaoh’s Tomb']) {
    const room = expectStatus(await booking.post('/v1/rooms', { name, timezone: zone }), 201, 'room').body;
    await say.check(
      `availability-service knows "${name}" (RoomUpserted) and takes its opening hours`,
      () => availability.read(`/v1/rooms/${room.id}/availability?from=${day}&to=${day}T23:59:00Z`),
      (view) => view.status === 200,
    );
    expectStatus(await availability.put(`/v1/rooms/${room.id}/schedule`, hourly), 200, 'schedule');
    rooms.push(room.id as string);
  }
  const [vaultRoom, tombRoom] = rooms as [string, string];

  say.step('Integrations > Add: two-way, "booking data without contact information"; connect to Google Calendar');
  const staff = world.person(`staff-${world.run}@escape-demo.test`);
  const vaultCalendar = await staff.createCalendar('The Vault', zone);
  const tombCalendar = await staff.createCalendar('Pharaoh’s Tomb', zone);
  const integrationName = `Escape rooms ${world.run}`;
  const integration = expectStatus(
    await connector.post('/v1/integrations', {
      name: integrationName,
      mode: 'bidirectional',
      dataScope: 'no_contact',
      auth: 'oauth',
    }),
    201,
    'integration',
  ).body;
  await connectGoogleAccount(world, integration.id, staff.email);
  const authorized = await connector.get(`/v1/integrations/${integration.id}`);
  say.see(
    `the integration is ${authorized.body.status}, Google account ${authorized.body.googleAccount}`,
    authorized.body.status === 'authorized' && authorized.body.googleAccount === staff.email,
    authorized.body,
  );

  say.step('Connecting rooms: each room to its own calendar, then "Activate"');
  const choices = await connector.get(`/v1/integrations/${integration.id}/calendars`);
  say.note(`calendars offered: ${choices.body.items.map((one: { summary: string }) => one.summary).join(', ')}`);
  const link = (roomId: string, calendarId: string) =>
    connector.put(`/v1/integrations/${integration.id}/rooms/${roomId}`, { calendarId });
  expectStatus(await link(vaultRoom, vaultCalendar), 200, 'link The Vault');
  expectStatus(await link(tombRoom, tombCalendar), 200, 'link Pharaoh’s Tomb');
  expectStatus(await connector.post(`/v1/integrations/${integration.id}/activate`), 200, 'activate');
  say.look('The Vault’s calendar in Google', staff.viewUrl(vaultCalendar));

  say.step('A customer books The Vault 15:00–16:00 and has not paid yet');
  const ada = expectStatus(
    await booking.post('/v1/bookings', {
      roomId: vaultRoom,
      start: at('15:00'),
      end: at('16:00'),
      name: 'Ada Lovelace',
      status: 'pending_payment',
      customer: { email: 'ada@example.com', phone: '+48 600 100 200' },
      price: { amount: 24000, currency: 'PLN' },
      participants: 4,
    }),
    201,
    'booking',
  ).body;
  const adaEvent = await say.check(
    'Google shows "#block Ada Lovelace", with the price but without e-mail and phone',
    () => eventTitled(staff, vaultCalendar, '#block Ada Lovelace'),
    (event) => event?.description?.includes('240') === true && !event.description.includes('ada@example.com'),
  );
  say.note(`description: ${adaEvent?.description?.split('\n').join(' | ')}`);
  const taken = await booking.post('/v1/bookings', {
    roomId: vaultRoom,
    start: at('15:00'),
    end: at('16:00'),
    name: 'Bob',
  });
  say.see('a second customer for the same slot is refused: slot_taken', taken.body?.code === 'slot_taken', taken.body);

  say.step('The customer pays online');
  expectStatus(await booking.patch(`/v1/bookings/${ada.id}`, { status: 'confirmed', paidOnline: true }), 200, 'pay');
  await say.check(
    'Google shows "Ada Lovelace [paid online]": the #block marker is gone',
    () => eventTitled(staff, vaultCalendar, 'Ada Lovelace [paid online]'),
    (event) => event !== undefined,
  );

  await googleChanges(world, { integrationId: integration.id, staff, zone, day, vaultRoom, vaultCalendar, tombRoom });
  return {
    integrationId: integration.id,
    integrationName,
    staff,
    vault: { roomId: vaultRoom, calendarId: vaultCalendar },
    zone,
    partnerEmail,
    bookingId: ada.id,
  };
}

async function eventTitled(person: GooglePerson, calendarId: string, summary: string) {
  return (await person.events(calendarId)).find((event: CalendarEvent) => event.summary === summary);
}

function everyDay(from: string, to: string) {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return Object.fromEntries(days.map((name) => [name, [{ from, to }]]));
}
