import type { ColumnType, Generated } from 'kysely';

/** A calendar an integration reads: its sync token and the requests to sync it (ADR 0009). */
export interface CalendarSyncTable {
  integration_id: string;
  calendar_id: string;
  /** null: the next sync is a full one. */
  sync_token: string | null;
  /** Grows with every request to sync; bigint, so pg hands it out as a string. */
  requested: ColumnType<string, string | undefined, string>;
  /** The `requested` the last finished sync covered. */
  synced: ColumnType<string, string | undefined, string>;
  full_requested: ColumnType<boolean, boolean | undefined, boolean>;
  due_at: ColumnType<Date, Date | undefined, Date>;
  backstop_at: ColumnType<Date, Date | undefined, Date>;
  reconcile_at: ColumnType<Date, Date | undefined, Date>;
  lease_id: string | null;
  leased_until: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
  last_synced_at: Date | null;
}
