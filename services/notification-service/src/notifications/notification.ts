/** What caused a notification (spec §4). */
export const triggers = [
  'conflict_detected',
  'integration_needs_reauth',
  'integration_error',
  'booking_confirmation',
  'booking_event_restored',
] as const;
export type Trigger = (typeof triggers)[number];

export const channels = ['email', 'webhook'] as const;
export type Channel = (typeof channels)[number];

export const notificationStatuses = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];
