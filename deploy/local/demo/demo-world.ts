import type { StackManifest } from '../stack/stack-manifest.ts';
import { type DemoApi, demoApi } from './demo-api.ts';
import { type GooglePerson, googlePerson } from './google-person.ts';
import { type MailInbox, mailInbox } from './mail-inbox.ts';
import type { Narration } from './narration.ts';

/** Everything a story touches, found from the running stack's stack.json: the partner's APIs, Google, the inbox. */
export interface DemoWorld {
  say: Narration;
  booking: DemoApi;
  connector: DemoApi;
  availability: DemoApi;
  notification: DemoApi;
  emulatorUrl: string;
  inbox: MailInbox;
  /** Someone with a Google account, e.g. the escape room's staff or a hotel's reception. */
  person(email: string): GooglePerson;
  /** Tells this run's data apart from earlier runs on the same stack (the demo partner stays the same). */
  run: string;
  /** The day the stories book: a week ahead, so "today" never gets in the way. */
  day(offsetDays?: number): string;
}

export function demoWorld(manifest: StackManifest, token: string, say: Narration, write: (line: string) => void) {
  const urlOf = (name: string): string => {
    const part = manifest.parts.find((candidate) => candidate.name === name);
    if (!part) throw new Error(`${name} is not part of the running stack (STACK_SERVICES?)`);
    return part.address;
  };
  const api = (service: string) => demoApi(urlOf(service), token, write);
  const firstDay = Date.now() + 7 * 86_400_000;
  return {
    say,
    booking: api('booking-service'),
    connector: api('calendar-connector'),
    availability: api('availability-service'),
    notification: api('notification-service'),
    emulatorUrl: urlOf('google-emulator'),
    inbox: mailInbox(urlOf('smtp-sink')),
    person: (email: string) => googlePerson(urlOf('google-emulator'), email, write),
    run: Date.now().toString(36).slice(-5),
    day: (offsetDays = 0) => new Date(firstDay + offsetDays * 86_400_000).toISOString().slice(0, 10),
  } satisfies DemoWorld;
}

/** `day` at the wall-clock `time` in `zone`, as an RFC 3339 instant with that zone's offset on that day. */
export function wallTime(day: string, time: string, zone: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name === 'GMT' || name === undefined ? '+00:00' : name.slice(3);
  return `${day}T${time}:00${offset}`;
}

/** An instant shown as the room's wall clock, e.g. "10:30". */
export function clockIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );
}
