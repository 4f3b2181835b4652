/** A room as RoomUpserted last described it; its partner is the tenant every route checks against. */
export interface RoomTable {
  id: string;
  partner_id: string;
  name: string;
  timezone: string;
  version: number | null;
}
