import { type EventHandler, refuse } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { recordNotifications } from '../notifications/notification.repository.ts';
import { partnerRecipients } from '../settings/partner-recipients.ts';
import { foreignPartnerReason } from './event-partner.ts';

/** A Google Calendar event now covers a booking: the partner hears it on each channel it set. */
export const onConflictDetected: EventHandler<'ConflictDetected'> = async (trx, event) => {
  const db = ownDb(trx);
  const { partnerId, roomId, bookingId, blockId, eventId } = event.data;
  const foreign = foreignPartnerReason(event.partnerid, partnerId);
  if (foreign) return refuse(event, foreign);
  const recipients = await partnerRecipients(db, partnerId);
  await recordNotifications(
    db,
    recipients.map(({ channel, recipient }) => ({
      partnerId,
      eventId: event.id,
      trigger: 'conflict_detected' as const,
      channel,
      recipient,
      context: { roomId, bookingId, blockId, calendarEventId: eventId },
    })),
  );
};
