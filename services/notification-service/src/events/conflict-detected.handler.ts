import { type BatchEventHandler, refuse } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { recordNotifications } from '../notifications/notification.repository.ts';
import { partnerRecipients } from '../settings/partner-recipients.ts';
import { foreignPartnerReason } from './event-partner.ts';

/**
 * A Google Calendar event now covers a booking: the partner hears it on each channel it set. Handled a chunk at a
 * time (one settings read, one insert), since a calendar change can put many bookings in conflict at once.
 */
export const onConflictDetected: BatchEventHandler<'ConflictDetected'> = {
  batch: async (trx, events) => {
    const db = ownDb(trx);
    const refusals = events.flatMap((event) =>
      refuse(event, foreignPartnerReason(event.partnerid, event.data.partnerId)),
    );
    const refused = new Set(refusals.map((refusal) => refusal.eventId));
    const accepted = events.filter((event) => !refused.has(event.id));
    const recipients = await partnerRecipients(db, [...new Set(accepted.map((event) => event.data.partnerId))]);
    await recordNotifications(
      db,
      accepted.flatMap((event) => {
        const { partnerId, roomId, bookingId, blockId, eventId } = event.data;
        return (recipients.get(partnerId) ?? []).map(({ channel, recipient }) => ({
          partnerId,
          eventId: event.id,
          trigger: 'conflict_detected' as const,
          channel,
          recipient,
          context: { roomId, bookingId, blockId, calendarEventId: eventId },
        }));
      }),
    );
    return refusals;
  },
};
