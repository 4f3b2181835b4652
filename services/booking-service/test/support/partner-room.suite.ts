import { afterAll, beforeAll } from '@jest/globals';
import type { ApiClient } from './api-client.ts';
import { createRoom } from './booking-requests.ts';
import { type BookingServiceFixture, bookingServiceFixture } from './booking-service.fixture.ts';

export interface PartnerRoom {
  fixture: BookingServiceFixture;
  api: ApiClient;
  roomId: string;
}

/**
 * Registers the file's hooks: booking-service running (its HTTP side), `partnerId`'s API client and one room of
 * theirs, handed to `ready` once started; closed after the file.
 */
export function usePartnerRoom(partnerId: string, ready: (started: PartnerRoom) => void): void {
  let fixture: BookingServiceFixture | undefined;
  beforeAll(async () => {
    fixture = await bookingServiceFixture();
    const api = fixture.as(partnerId);
    ready({ fixture, api, roomId: await createRoom(api) });
  });
  afterAll(async () => {
    await fixture?.close();
  });
}
