import { composeNotification } from '../content/compose-notification.ts';
import { htmlBody, textBody } from '../content/message.ts';
import type { MessageFacts } from '../content/message-facts.ts';
import { findSettings } from '../settings/settings.repository.ts';
import type { DeliveryDeps } from './delivery-deps.ts';
import { type DeliveryOutcome, permanent } from './delivery-outcome.ts';
import type { ClaimedNotification } from './delivery-queue.repository.ts';

/** Composes the notification and hands it to its channel once. */
export async function sendNotification(
  deps: DeliveryDeps,
  facts: MessageFacts,
  notification: ClaimedNotification,
): Promise<DeliveryOutcome> {
  const message = composeNotification(facts, notification, deps.config.PARTNER_APP_URL);
  if (notification.channel === 'email') {
    return deps.email.send({
      to: notification.recipient,
      subject: message.subject,
      text: textBody(message),
      html: htmlBody(message),
      language: message.language,
      messageId: `<${notification.id}@notifications.calbridge>`,
    });
  }
  // The secret is read at each attempt, so a rotated one signs every delivery after the rotation.
  const settings = await findSettings(deps.db, notification.partner_id);
  if (settings?.webhook_url !== notification.recipient || !settings.webhook_secret)
    return permanent('the partner no longer has this webhook');
  const body = JSON.stringify({
    id: notification.id,
    type: notification.trigger,
    partnerId: notification.partner_id,
    createdAt: notification.created_at.toISOString(),
    data: message.facts,
    message: { subject: message.subject, text: textBody(message) },
  });
  return deps.webhook.send({
    url: notification.recipient,
    secret: settings.webhook_secret,
    deliveryId: notification.id,
    event: notification.trigger,
    body,
  });
}
