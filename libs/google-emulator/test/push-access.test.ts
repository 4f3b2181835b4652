import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createUser, userCalendar } from './support/emulator-fixture.ts';
import { caught } from './support/google-error.ts';
import { anEvent, type PushFixture, startPushFixture } from './support/push-fixture.ts';

let push: PushFixture;
beforeAll(async () => {
  push = await startPushFixture();
});
afterAll(() => push.close());

const GUEST = 'guest@example.com';
const aclOf = (calendarId: string) => `/calendars/${encodeURIComponent(calendarId)}/acl`;

describe('channels of a person who loses access', () => {
  test('when the calendar is unshared with the channel creator, then the channel sends nothing more, even once shared again', async () => {
    const calendarId = await push.newCalendar();
    const guest = userCalendar(push.emulator, await createUser(push.emulator, GUEST));
    await push.emulator.control.post(aclOf(calendarId), { email: GUEST, role: 'reader' });
    const { data: channel } = await guest.events.watch({
      calendarId,
      requestBody: { id: 'chan-guest', type: 'web_hook', address: `${push.receiver.url}/hook/chan-guest` },
    });
    await push.receiver.waitFor('/hook/chan-guest', 1);
    await push.watch(calendarId, 'chan-owner');
    await push.emulator.control.delete(`${aclOf(calendarId)}/${encodeURIComponent(GUEST)}`);
    await push.api.events.insert({ calendarId, requestBody: anEvent('after unsharing') });
    await push.emulator.control.post(aclOf(calendarId), { email: GUEST, role: 'reader' });
    await push.api.events.insert({ calendarId, requestBody: anEvent('after sharing again') });
    await push.receiver.waitFor('/hook/chan-owner', 3);
    expect(push.receiver.at('/hook/chan-guest')).toHaveLength(1);
    const { body } = await push.emulator.control.get<{ state: string }[]>('/deliveries?channelId=chan-guest');
    expect(body.map((delivery) => delivery.state)).toEqual(['sync']);
    const stop = { id: 'chan-guest', resourceId: channel.resourceId ?? '' };
    expect((await caught(guest.channels.stop({ requestBody: stop }))).status).toBe(404);
  });
});
