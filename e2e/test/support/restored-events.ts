import type { BookingEventRestoredEvent, CalbridgeEvent } from '@calbridge/contracts';
import { eventually, type ReadEvent } from '@calbridge/testkit';

const isRestored = (event: CalbridgeEvent): event is BookingEventRestoredEvent => event.type === 'BookingEventRestored';

/**
 * Waits for the connector to tell (BookingEventRestored on `integration.events.v1`) that it wrote a booking's event
 * back after someone `change`d it in Google, and answers what it told.
 */
export const restoreOf = (events: ReadEvent[], bookingId: string, change: 'deleted' | 'edited') =>
  eventually(() => {
    const told = events
      .map((read) => read.event)
      .filter(isRestored)
      .find(({ data }) => data.bookingId === bookingId && data.change === change);
    if (!told) throw new Error(`no BookingEventRestored (${change}) for booking ${bookingId} yet`);
    return told.data;
  });
