import type { AvailabilityService } from './availability-fixture.ts';
import { partnerId } from './events.ts';

export interface AvailabilityBody {
  timezone: string;
  busy: { start: string; end: string; kind: 'booking' | 'block'; id: string }[];
  slots?: { start: string; end: string; status: 'free' | 'booked' | 'blocked'; bookingId?: string; blockId?: string }[];
}

export interface Reply {
  statusCode: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read bodies freely
  json(): any;
}

/** The partner's calls, as the platform's UI would make them. */
export function partnerApi(service: AvailabilityService, partner = partnerId): PartnerApi {
  const headers = service.bearer(partner);
  return {
    putSchedule: (roomId: string, schedule: object) =>
      service.app.inject({ method: 'PUT', url: `/v1/rooms/${roomId}/schedule`, headers, payload: schedule }),
    putBlockRules: (roomId: string, rules: object) =>
      service.app.inject({ method: 'PUT', url: `/v1/rooms/${roomId}/block-rules`, headers, payload: rules }),
    availability: (roomId: string, from: string, to: string) =>
      service.app.inject({ url: `/v1/rooms/${roomId}/availability`, query: { from, to }, headers }),
    blocks: (roomId: string, query: Record<string, string> = {}) =>
      service.app.inject({ url: `/v1/rooms/${roomId}/blocks`, query, headers }),
    deleteBlock: (roomId: string, blockId: string) =>
      service.app.inject({ method: 'DELETE', url: `/v1/rooms/${roomId}/blocks/${blockId}`, headers }),
  };
}

/** Every day of the week open at the same hours. */
export function dailySchedule(from: string, to: string, slotMinutes: number, everyMinutes: number, timezone?: string) {
  const hours = [{ from, to }];
  const weekly = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, hours]));
  return { weekly, slotMinutes, everyMinutes, ...(timezone ? { timezone } : {}) };
}

export interface PartnerApi {
  putSchedule(roomId: string, schedule: object): Promise<Reply>;
  putBlockRules(roomId: string, rules: object): Promise<Reply>;
  availability(roomId: string, from: string, to: string): Promise<Reply>;
  blocks(roomId: string, query?: Record<string, string>): Promise<Reply>;
  deleteBlock(roomId: string, blockId: string): Promise<Reply>;
}

/** The availability body, after checking the call succeeded. */
export async function availabilityOf(
  api: PartnerApi,
  roomId: string,
  from: string,
  to: string,
): Promise<AvailabilityBody> {
  const response = await api.availability(roomId, from, to);
  if (response.statusCode !== 200)
    throw new Error(`availability answered ${response.statusCode}: ${JSON.stringify(response.json())}`);
  return response.json();
}
