import { expectStatus } from '../demo-api.ts';
import { type DemoWorld, wallTime } from '../demo-world.ts';
import type { GooglePerson } from '../google-person.ts';

interface BusyInterval {
  start: string;
  end: string;
  kind: 'booking' | 'block';
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

export interface RedDays {
  /** The room's timezone, in which whole days close. */
  zone: string;
  reception: GooglePerson;
  calendarId: string;
  roomId: string;
  integrationId: string;
  redFrom: string;
  redTo: string;
  blueDay: string;
}

/** The Bookingbility story's second half: a red all-day event closes whole days in the room's timezone. */
export async function redDays(world: DemoWorld, hotel: RedDays): Promise<void> {
  const { say, booking, connector, availability } = world;
  const { zone: roomZone, reception, calendarId, roomId, integrationId, redFrom, redTo, blueDay } = hotel;
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
    `both red days are closed from midnight to midnight in the room’s timezone (${roomZone}), though the calendar keeps its own`,
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
