import { expectStatus } from '../demo-api.ts';
import { type DemoWorld, wallTime } from '../demo-world.ts';
import { redDays } from './red-days.ts';

const roomZone = 'Europe/Rome';
const calendarZone = 'America/New_York';

/**
 * Seed 2 (Bookingbility): a hotel shares a calendar with calbridge's service account and enters its id for a room;
 * bookings are exported as events and cancelled ones removed; a red all-day event closes whole days, a blue one
 * does not.
 */
export async function bookingbilityStory(world: DemoWorld): Promise<void> {
  const { say, booking, connector } = world;
  const [stayDay, redFrom, redTo, blueDay] = [world.day(1), world.day(3), world.day(4), world.day(6)];
  say.story(
    'Bookingbility: a hotel shares a calendar with the service account; red all-day events close days',
    'seed 2',
  );

  say.step('The partner adds the room "Suite 12" and an integration by service account, export only, full data');
  const room = expectStatus(
    await booking.post('/v1/rooms', { name: 'Suite 12', timezone: roomZone }),
    201,
    'room',
  ).body;
  const integration = expectStatus(
    await connector.post('/v1/integrations', {
      name: `Hotel ${world.run}`,
      mode: 'to_calendar',
      dataScope: 'full',
      auth: 'service_account',
    }),
    201,
    'integration',
  ).body;
  say.note(`share calendars with: ${integration.serviceAccountEmail}`);

  say.step(
    'Reception creates a calendar, shares it with that address ("make changes to events"), the partner enters its id',
  );
  const reception = world.person(`reception-${world.run}@hotel-demo.test`);
  const calendarId = await reception.createCalendar('Suite 12', calendarZone);
  await reception.share(calendarId, integration.serviceAccountEmail, 'writer');
  const linkPath = `/v1/integrations/${integration.id}/rooms/${room.id}`;
  expectStatus(await connector.put(linkPath, { calendarId }), 200, 'link');
  expectStatus(await connector.post(`/v1/integrations/${integration.id}/activate`), 200, 'activate');
  say.look('the hotel’s calendar in Google', reception.viewUrl(calendarId));

  say.step('Two guests book; one cancels');
  const guest = async (name: string, from: string, to: string) => {
    const [start, end] = [wallTime(stayDay, from, roomZone), wallTime(stayDay, to, roomZone)];
    const email = `${name.split(' ')[0]?.toLowerCase()}@example.com`;
    const body = { roomId: room.id, start, end, name, customer: { email } };
    return expectStatus(await booking.post('/v1/bookings', body), 201, 'booking').body;
  };
  const stay = await guest('Giulia Rossi', '14:00', '18:00');
  const cancelled = await guest('Marco Bianchi', '19:00', '22:00');
  await say.check(
    'both appear in Google, with the guest’s e-mail (full data)',
    () => reception.events(calendarId),
    (events) =>
      ['Giulia Rossi', 'Marco Bianchi'].every((name) =>
        events.some((event) => event.summary === name && event.description?.includes('@example.com')),
      ),
  );
  expectStatus(await booking.post(`/v1/bookings/${cancelled.id}/cancel`), 200, 'cancel');
  await say.check(
    'the cancelled booking’s event is gone from Google; the other stays',
    () => reception.events(calendarId),
    (events) => events.map((event) => event.summary).join() === 'Giulia Rossi',
  );
  say.note(`(booking ${stay.id} stays)`);

  await redDays(world, {
    zone: roomZone,
    reception,
    calendarId,
    roomId: room.id,
    integrationId: integration.id,
    redFrom,
    redTo,
    blueDay,
  });
}
