import type { ColumnType, Generated } from 'kysely';

export type SyncDirection = 'both' | 'to_calendar' | 'from_calendar';
export type ManualSyncStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** The "Synchronize calendars" button (spec §4). */
export interface ManualSyncTable {
  id: string;
  integration_id: string;
  partner_id: string;
  direction: SyncDirection;
  room_id: string | null;
  status: ColumnType<ManualSyncStatus, ManualSyncStatus | undefined, ManualSyncStatus>;
  calendars_total: Generated<number>;
  calendars_done: Generated<number>;
  events_changed: Generated<number>;
  bookings_written: Generated<number>;
  error: string | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
}

/** A calendar a manual sync waits for: done once a sync covering request `requested` finished. */
export interface ManualSyncCalendarTable {
  manual_sync_id: string;
  integration_id: string;
  calendar_id: string;
  requested: string;
  done: Generated<boolean>;
}
