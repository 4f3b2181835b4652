import { createHash } from 'node:crypto';

/**
 * Derived, not generated: the same room and calendar event always name the same block, so a repeated or replayed
 * EventChanged upserts it instead of creating a second one. Shaped as an RFC 9562 version 8 UUID.
 */
export function blockIdOf(roomId: string, calendarId: string, eventId: string): string {
  const hex = createHash('sha256')
    .update(JSON.stringify([roomId, calendarId, eventId]))
    .digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
