import type { ColumnType, Generated } from 'kysely';

export interface OutboundWorkTable {
  booking_id: string;
  generation: ColumnType<string, string | undefined, string>;
  due_at: ColumnType<Date, Date | undefined, Date>;
  attempts: Generated<number>;
  leased_until: Date | null;
  last_error: string | null;
  failed_at: Date | null;
  trigger_event: ColumnType<unknown, string | null, string | null> | null;
}
