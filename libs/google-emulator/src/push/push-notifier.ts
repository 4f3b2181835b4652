import type { CalendarRecord } from '../calendars/calendar.model.ts';
import type { Channel } from './channel.model.ts';

/** The push side as the rest of the emulator sees it. */
export interface PushNotifier {
  channelCreated(channel: Channel): void;
  calendarChanged(calendar: CalendarRecord): void;
}
