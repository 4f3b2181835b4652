import { afterAll, beforeAll } from '@jest/globals';
import { type PartnerApi, partnerApi } from './api.ts';
import { type AvailabilityService, startAvailabilityService } from './availability-fixture.ts';

/**
 * Registers the file's hooks: availability-service running on its own database and topics, and the default
 * partner's API client, handed to `ready` once started; closed after the file.
 */
export function useAvailabilityService(ready: (started: { service: AvailabilityService; api: PartnerApi }) => void) {
  let service: AvailabilityService | undefined;
  beforeAll(async () => {
    service = await startAvailabilityService();
    ready({ service, api: partnerApi(service) });
  });
  afterAll(async () => {
    await service?.close();
  });
}
