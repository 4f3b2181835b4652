import { expectStatus } from '../demo-api.ts';
import { type DemoWorld, wallTime } from '../demo-world.ts';
import type { GooglePerson } from '../google-person.ts';

const roomZone = 'Europe/Rome';
const calendarZone = 'America/New_York';

interface BusyInterval {
  start: string;
  end: string;
  kind: 'booking' | 'block';
}

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
  const guest = (name: string, email: string, from: string, to: string) =>
    booking.post('/v1/bookings', { roomId: room.id, start: from, end: to, name, customer: { email } });
  const stay = expectStatus(
    await guest(
      'Giulia Rossi',
      'giulia@example.com',
      wallTime(stayDay, '14:00', roomZone),
      wallTime(stayDay, '18:00', roomZone),
    ),
    201,
    'booking',
  ).body;
  const cancelled = expectStatus(
    await guest(
      'Marco Bianchi',
      'marco@example.com',
      wallTime(stayDay, '19:00', roomZone),
      wallTime(stayDay, '22:00', roomZone),
    ),
    201,
    'booking',
  ).body;
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
    reception,
    calendarId,
    roomId: room.id,
    integrationId: integration.id,
    redFrom,
    redTo,
    blueDay,
  });
}

/**
 * booking-service learns of a block from BlockApplied a moment after availability-service shows it (longer while it
 * restarts and rejoins its consumer group); a booking that got in before is cancelled again and asked a second later.
 */
async function attemptBooking(world: DemoWorld, body: Record<string, unknown>) {
  const answer = await world.booking.post('/v1/bookings', body);
  if (answer.status === 201) {
    world.say.note('(booking-service had not heard of the block yet: that booking is cancelled, and asked again)');
    await world.booking.post(`/v1/bookings/${answer.body.id}/cancel`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return answer;
}

interface RedDays {
  reception: GooglePerson;
  calendarId: string;
  roomId: string;
  integrationId: string;
  redFrom: string;
  redTo: string;
  blueDay: string;
}

async function redDays(world: DemoWorld, hotel: RedDays): Promise<void> {
  const { say, booking, connector, availability } = world;
  const { reception, calendarId, roomId, integrationId, redFrom, redTo, blueDay } = hotel;
  say.step(`Reception marks ${redFrom} and ${redTo} with a red all-day event, ${blueDay} with a blue one`);
  const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
  await reception.addEvent(calendarId, {
    summary: 'Closed: renovation',
    colorId: '11',
    start: { date: redFrom },
    end: { date: nextDay(redTo) },
  });
  await reception.addEvent(calendarId, {
    summary: 'Staff party',
    colorId: '9',
    start: { date: blueDay },
    end: { date: nextDay(blueDay) },
  });

  say.step('To let red days close the room, the partner asks only red all-day events to block, and turns on two-way');
  const rules = { timed: 'none', allDay: 'red' };
  expectStatus(await availability.put(`/v1/rooms/${roomId}/block-rules`, rules), 200, 'block rules');
  expectStatus(await connector.patch(`/v1/integrations/${integrationId}`, { mode: 'bidirectional' }), 200, 'mode');
  const window = `from=${redFrom}&to=${nextDay(blueDay)}`;
  const busy = await say.check(
    `both red days are closed from midnight to midnight in the room’s timezone (${roomZone}), though the calendar keeps New York time`,
    () => availability.read(`/v1/rooms/${roomId}/availability?${window}`),
    (view) =>
      view.body.busy.some(
        (one: BusyInterval) =>
          one.kind === 'block' &&
          Date.parse(one.start) === Date.parse(wallTime(redFrom, '00:00', roomZone)) &&
          Date.parse(one.end) === Date.parse(wallTime(nextDay(redTo), '00:00', roomZone)),
      ),
  );
  const blocks = busy.body.busy.filter((one: BusyInterval) => one.kind === 'block');
  say.note(`blocked: ${blocks.map((one: BusyInterval) => `${one.start} → ${one.end}`).join(', ')}`);
  await say.check(
    'booking-service is ready (its consumer is in its group, so it hears of blocks)',
    () => fetch(`${booking.url}/health/ready`),
    (ready) => ready.status === 200,
  );
  const onRedDay = { roomId, start: wallTime(redTo, '15:00', roomZone), end: wallTime(redTo, '17:00', roomZone) };
  await say.check(
    'a booking on the second red day is refused: slot_blocked',
    () => attemptBooking(world, { ...onRedDay, name: 'Late guest' }),
    (refused) => refused.body?.code === 'slot_blocked',
    15_000,
  );
  const onBlueDay = await booking.post('/v1/bookings', {
    roomId,
    start: wallTime(blueDay, '15:00', roomZone),
    end: wallTime(blueDay, '17:00', roomZone),
    name: 'Blue day guest',
  });
  say.see('the blue day stays open: that booking is taken', onBlueDay.status === 201, onBlueDay.body);
}
