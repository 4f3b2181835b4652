/** booking-service's rooms as RoomUpserted tells them. */
export interface RoomTable {
  id: string;
  partner_id: string;
  name: string;
  timezone: string;
  version: number;
}
