import type { BlockReleaseReason, CalendarEventSnapshot } from '@calbridge/contracts';
import type { ColumnType, Generated } from 'kysely';

/**
 * One row per room and calendar event, whether it blocks or not: the event snapshot is kept so that a change of
 * the room's rules or time zone can re-evaluate it without waiting for the calendar.
 */
export interface BlockTable {
  id: string;
  partner_id: string;
  room_id: string;
  integration_id: string;
  calendar_id: string;
  event_id: string;
  event: ColumnType<CalendarEventSnapshot, string, string>;
  /** False once the room's calendar link is gone (the room left the event's roomIds). */
  linked: boolean;
  active: boolean;
  start_at: Date | null;
  end_at: Date | null;
  all_day: boolean;
  release_reason: BlockReleaseReason | null;
  /** Released by the partner; stays released until the event changes. */
  overridden: Generated<boolean>;
  version: number;
  changed_at: Generated<Date>;
}
