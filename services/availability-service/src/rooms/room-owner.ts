/**
 * Defence in depth between tenants: booking-service never moves a room to another partner, so an event that names
 * a room it does not own (a connector bug, a forged or misrouted message) must change nothing there. A room not yet
 * announced by RoomUpserted cannot be checked: its owner is taken from the event until the room is known.
 */
export function foreignRoomReason(roomId: string, owner: string | undefined, partnerId: string): string | undefined {
  if (owner === undefined || samePartner(owner, partnerId)) return undefined;
  return `room ${roomId} belongs to another partner`;
}

/** Partner ids are uuids; Postgres hands them back in lower case whatever case an event used. */
export function samePartner(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
