import { type DemoWorld, wallTime } from '../demo-world.ts';
import type { LockMeSetup } from './lock-me.story.ts';

/** Staff put an event over a booking that already exists: calbridge does not cancel it, it tells the partner. */
export async function conflictStory(world: DemoWorld, lockMe: LockMeSetup): Promise<void> {
  const { say } = world;
  const { staff, vault, zone, partnerEmail, bookingId } = lockMe;
  const day = world.day();
  say.story('A conflict: an event lands on a booking that already exists', 'spec §5, ConflictDetected');

  say.step('Staff add "Boiler repair" 14:30–16:00 in The Vault’s calendar, over Ada’s paid booking at 15:00');
  await staff.addEvent(vault.calendarId, {
    summary: 'Boiler repair',
    start: { dateTime: wallTime(day, '14:30', zone), timeZone: zone },
    end: { dateTime: wallTime(day, '16:00', zone), timeZone: zone },
  });
  const mail = await say.check(
    `availability-service publishes ConflictDetected and ${partnerEmail} gets an e-mail about booking ${bookingId}`,
    () => world.inbox.to(partnerEmail),
    (mails) => mails.some((one) => one.subject.startsWith('Calendar conflict') && one.subject.includes(bookingId)),
  );
  const conflict = mail.find((one) => one.subject.includes(bookingId));
  say.note(`subject: ${conflict?.subject}`);
  say.look('the mail inbox', world.inbox.url);
}
