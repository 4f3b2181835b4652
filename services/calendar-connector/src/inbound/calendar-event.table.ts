import type { CalendarEventSnapshot } from '@calbridge/contracts';
import type { ColumnType } from 'kysely';

/** An event of someone else's that availability was told about, as it was told (ADR 0009). */
export interface CalendarEventTable {
  integration_id: string;
  calendar_id: string;
  event_id: string;
  recurring_event_id: string | null;
  snapshot: ColumnType<CalendarEventSnapshot, string, string>;
  /** Hash of the EventChanged data last published for it, room ids included. */
  content_hash: string;
}
