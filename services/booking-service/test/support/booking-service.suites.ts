import { readTopic } from '@calbridge/testkit';
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

/**
 * Registers the file's hooks: booking-service consuming availability-service's block events, and `partnerId`'s API
 * client, handed to `ready` once started; closed after the file.
 */
export function useBlockConsumer(
  partnerId: string,
  ready: (started: { fixture: BookingServiceFixture; api: ApiClient }) => void,
) {
  let fixture: BookingServiceFixture | undefined;
  beforeAll(async () => {
    fixture = await bookingServiceFixture({ consumeEvents: true });
    ready({ fixture, api: fixture.as(partnerId) });
  });
  afterAll(async () => {
    await fixture?.close();
  });
}

export type TopicReader = Awaited<ReturnType<typeof readTopic>>;

/**
 * Registers the file's hooks: booking-service running and a reader of its booking topic playing the downstream
 * consumers, handed to `ready` once started; both closed after the file.
 */
export function useBookingTopic(ready: (started: { fixture: BookingServiceFixture; reader: TopicReader }) => void) {
  let fixture: BookingServiceFixture | undefined;
  let reader: TopicReader | undefined;
  beforeAll(async () => {
    fixture = await bookingServiceFixture();
    reader = await readTopic(fixture.bookingTopic);
    ready({ fixture, reader });
  });
  afterAll(async () => {
    await reader?.stop();
    await fixture?.close();
  });
}
