import type { Generated } from 'kysely';

/** The booking/block pairs already reported, so each pair is reported once. */
export interface BlockConflictTable {
  booking_id: string;
  block_id: string;
  detected_at: Generated<Date>;
}
