import { randomUUID } from 'node:crypto';
import { eventually, publishEvents, readTopic } from '@calbridge/testkit';
import { expect, test } from '@jest/globals';
import type { ApiClient } from './support/api-client.ts';
import { blockApplied, blockReleased } from './support/block-events.ts';
import { createRoom, nextHour } from './support/booking-requests.ts';
import type { BookingServiceFixture } from './support/booking-service.fixture.ts';
import { useBlockConsumer } from './support/booking-service.suites.ts';

let fixture: BookingServiceFixture;
let api: ApiClient;
const partnerId = randomUUID();

useBlockConsumer(partnerId, (started) => {
  ({ fixture, api } = started);
});

const blockRow = (id: string) => fixture.db.selectFrom('blocks').selectAll().where('id', '=', id).executeTakeFirst();

test('when a block names another partner’s room, another partner than its event or an unknown room, then it is dead-lettered and the time stays bookable', async () => {
  const dlq = await readTopic(`${fixture.availabilityTopic}.dlq`);
  const roomId = await createRoom(api);
  const [hour, later] = [nextHour(), nextHour()];
  const other = randomUUID();
  const foreign = blockApplied(other, roomId, randomUUID(), 1, hour);
  const misaddressed = { ...blockApplied(partnerId, roomId, randomUUID(), 1, hour), partnerid: other };
  const unknownRoom = randomUUID();
  const nowhere = blockApplied(partnerId, unknownRoom, randomUUID(), 1, hour);
  const foreignRelease = blockReleased(other, roomId, randomUUID(), 2);
  const own = blockApplied(partnerId, roomId, randomUUID(), 1, later);

  await publishEvents(fixture.availabilityTopic, [foreign, misaddressed, nowhere, foreignRelease, own]);
  await eventually(async () => expect(await blockRow(own.subject)).toMatchObject({ active: true }));
  await eventually(() => expect(dlq.events).toHaveLength(4));
  await dlq.stop();

  // Keyed by room, so the unknown room's event may come on another partition, in any order.
  expect(Object.fromEntries(dlq.events.map(({ event, headers }) => [event.id, headers['dlq-reason']]))).toEqual({
    [foreign.id]: `room ${roomId} belongs to another partner`,
    [misaddressed.id]: `block ${misaddressed.subject} belongs to another partner`,
    [nowhere.id]: `room ${unknownRoom} is unknown`,
    [foreignRelease.id]: `room ${roomId} belongs to another partner`,
  });
  for (const event of [foreign, misaddressed, nowhere, foreignRelease])
    expect(await blockRow(event.subject)).toBeUndefined();
  const booked = await api.post('/v1/bookings', { roomId, ...hour, name: 'Still free' });
  const blocked = await api.post('/v1/bookings', { roomId, ...later, name: 'Blocked by its own partner' });
  expect([booked.status, blocked.status]).toEqual([201, 409]);
});
