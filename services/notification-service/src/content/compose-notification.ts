import type { Trigger } from '../notifications/notification.ts';
import { type ConfirmationContext, confirmationMessage } from './confirmation.template.ts';
import { type ConflictContext, conflictMessage } from './conflict.template.ts';
import { type IntegrationContext, integrationMessage } from './integration.template.ts';
import type { Message } from './message.ts';
import type { MessageFacts } from './message-facts.ts';
import { type RestoredContext, restoredMessage } from './restored.template.ts';

export interface Composable {
  trigger: Trigger;
  context: Record<string, unknown>;
}

/**
 * The message of a notification, composed when it is sent from what its trigger recorded and what the service has
 * learned about the room and the booking since (loadMessageFacts).
 */
export function composeNotification(facts: MessageFacts, notification: Composable, partnerAppUrl: string): Message {
  const { context } = notification;
  switch (notification.trigger) {
    case 'conflict_detected':
      return conflictMessage(facts, context as unknown as ConflictContext);
    case 'integration_needs_reauth':
    case 'integration_error':
      return integrationMessage(context as unknown as IntegrationContext, partnerAppUrl);
    case 'booking_confirmation':
      return confirmationMessage(facts, context as unknown as ConfirmationContext);
    case 'booking_event_restored':
      return restoredMessage(facts, context as unknown as RestoredContext);
  }
}
