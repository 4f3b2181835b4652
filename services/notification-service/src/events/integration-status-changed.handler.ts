import { type EventHandler, refuse } from '@calbridge/messaging';
import { ownDb } from '../db/db.ts';
import { recordNotifications } from '../notifications/notification.repository.ts';
import type { Trigger } from '../notifications/notification.ts';
import { partnerRecipients } from '../settings/partner-recipients.ts';
import { foreignPartnerReason } from './event-partner.ts';

// Only the statuses a partner must act on are notified (spec §5); the rest are the partner's own doing.
const triggerOf: Record<string, Trigger> = {
  needs_reauth: 'integration_needs_reauth',
  error: 'integration_error',
};

/** An integration needs the partner: each channel it set gets the reason and the reconnect link. */
export const onIntegrationStatusChanged: EventHandler<'IntegrationStatusChanged'> = async (trx, event) => {
  const db = ownDb(trx);
  const { integration } = event.data;
  const foreign = foreignPartnerReason(event.partnerid, integration.partnerId);
  if (foreign) return refuse(event, foreign);
  const trigger = triggerOf[integration.status];
  if (!trigger) return;
  const recipients = (await partnerRecipients(db, [integration.partnerId])).get(integration.partnerId) ?? [];
  const context = {
    integrationId: integration.id,
    name: integration.name,
    status: integration.status,
    ...(integration.reason ? { reason: integration.reason } : {}),
  };
  await recordNotifications(
    db,
    recipients.map(({ channel, recipient }) => ({
      partnerId: integration.partnerId,
      eventId: event.id,
      trigger,
      channel,
      recipient,
      context,
    })),
  );
};
