import { randomUUID } from 'node:crypto';
import { signToken } from '@calbridge/http';
import { sql } from 'kysely';
import type { BenchService } from './availability-service.bench-env.ts';

const dayMs = 86_400_000;
const weekly = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ from: '10:00', to: '22:00' }]]),
);

/** A room with a schedule, 1,000 blocks and 1,000 bookings spread over `spreadDays` from 1 January 2026. */
export async function seedBusyRoom(service: BenchService, spreadDays: number) {
  const roomId = randomUUID();
  const partnerId = randomUUID();
  const { db } = service;
  await sql`insert into rooms (id, partner_id, name, timezone, version) values (${roomId}, ${partnerId}, 'bench', 'Europe/Warsaw', 1)`.execute(
    db,
  );
  await sql`insert into room_schedules (room_id, weekly, slot_minutes, every_minutes)
    values (${roomId}, ${JSON.stringify(weekly)}, 60, 90)`.execute(db);
  const base = Date.UTC(2026, 0, 1, 8);
  const at = (index: number, offsetHours: number) =>
    new Date(base + Math.floor((index * spreadDays * dayMs) / 1000) + offsetHours * 3_600_000);
  const indexes = Array.from({ length: 1000 }, (_, index) => index);
  await sql`insert into blocks (id, partner_id, room_id, integration_id, calendar_id, event_id, event, linked, active,
      start_at, end_at, all_day, version)
    select b.id, ${partnerId}, ${roomId}, ${randomUUID()}, 'bench-cal', b.id, '{}'::jsonb, true, true, b.start_at, b.end_at, false, 1
    from unnest(${indexes.map(() => randomUUID())}::uuid[], ${indexes.map((index) => at(index, 0))}::timestamptz[],
      ${indexes.map((index) => at(index, 2))}::timestamptz[]) as b(id, start_at, end_at)`.execute(db);
  await sql`insert into bookings (id, partner_id, room_id, start_at, end_at, status, version)
    select b.id, ${partnerId}, ${roomId}, b.start_at, b.end_at, 'confirmed', 1
    from unnest(${indexes.map(() => randomUUID())}::uuid[], ${indexes.map((index) => at(index, 4))}::timestamptz[],
      ${indexes.map((index) => at(index, 5))}::timestamptz[]) as b(id, start_at, end_at)`.execute(db);
  await sql`analyze`.execute(db);
  const headers = { authorization: `Bearer ${signToken({ partnerId }, service.config.AUTH_JWT_SECRET)}` };
  return { roomId, headers };
}
