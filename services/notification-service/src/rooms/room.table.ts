/** A room as RoomUpserted last described it: its name and time zone go into messages. */
export interface RoomTable {
  id: string;
  partner_id: string;
  name: string;
  timezone: string;
  version: number | null;
}
