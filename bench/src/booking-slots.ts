const hour = 3_600_000;
const base = Date.UTC(2030, 0, 1);

/** The index-th booking: rooms in turn, each room's hours one after another, so no two ever overlap. */
export function bookingSlot(rooms: string[], index: number) {
  const roomId = rooms[index % rooms.length] as string;
  const start = base + Math.floor(index / rooms.length) * hour;
  return { roomId, start: new Date(start).toISOString(), end: new Date(start + hour).toISOString() };
}
