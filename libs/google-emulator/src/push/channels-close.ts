import type { EmulatorState } from '../state/emulator-state.ts';

/**
 * Ends the channels `creator` opened on a calendar they can no longer access: "A watch request won't be successful
 * unless the current user owns or has permission to access this resource" (reference §4.1), and Google checks it
 * for every notification, so the channel is dead even if access comes back. Returns the closed ids.
 */
export function closeChannelsOf(state: EmulatorState, calendarId: string, creator: string): string[] {
  const closed: string[] = [];
  for (const channel of state.channels.values()) {
    if (channel.calendarId !== calendarId || channel.creator !== creator) continue;
    channel.stopped = true;
    state.channels.delete(channel.id);
    closed.push(channel.id);
  }
  return closed;
}
