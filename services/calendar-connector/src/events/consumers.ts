import type { EventHandlers } from '@calbridge/messaging';

/**
 * The subscription table: one line per consumed event → its handler. Spec §2 lists what this service consumes
 * (RoomUpserted, BookingCreated, BookingUpdated, BookingCancelled); each handler arrives with the issue that builds it, and only handled events' topics are subscribed.
 */
export const subscriptions: { groupId: string; handlers: EventHandlers } = {
  groupId: 'calendar-connector',
  handlers: {},
};
