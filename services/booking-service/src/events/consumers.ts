import type { EventHandlers } from '@calbridge/messaging';
import { onBlockApplied } from './block-applied.handler.ts';
import { onBlockReleased } from './block-released.handler.ts';

/** The subscription table: one line per consumed event → its handler (spec §2). */
export const subscriptions: { groupId: string; handlers: EventHandlers } = {
  groupId: 'booking-service',
  handlers: {
    BlockApplied: onBlockApplied,
    BlockReleased: onBlockReleased,
  },
};
