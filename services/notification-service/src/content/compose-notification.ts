import type { Db } from '../db/db.ts';
import type { Trigger } from '../notifications/notification.ts';
import { type ConfirmationContext, confirmationMessage } from './confirmation.template.ts';
import { type ConflictContext, conflictMessage } from './conflict.template.ts';
import { type IntegrationContext, integrationMessage } from './integration.template.ts';
import type { Message } from './message.ts';

export interface Composable {
  trigger: Trigger;
  context: Record<string, unknown>;
}

/**
 * The message of a notification, composed when it is sent from what its trigger recorded and what the service has
 * learned about the room and the booking since.
 */
export function composeNotification(db: Db, notification: Composable, partnerAppUrl: string): Promise<Message> {
  const { context } = notification;
  switch (notification.trigger) {
    case 'conflict_detected':
      return conflictMessage(db, context as unknown as ConflictContext);
    case 'integration_needs_reauth':
    case 'integration_error':
      return Promise.resolve(integrationMessage(context as unknown as IntegrationContext, partnerAppUrl));
    case 'booking_confirmation':
      return confirmationMessage(db, context as unknown as ConfirmationContext);
  }
}
