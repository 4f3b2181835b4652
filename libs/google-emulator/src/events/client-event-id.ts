import { invalid } from '../errors/api-errors.ts';

// Event.id in the Calendar v3 reference: base32hex characters (a-v, 0-9), 5 to 1024 of them.
const CLIENT_ID = /^[a-v0-9]{5,1024}$/;

export function assertClientEventId(id: string): void {
  if (!CLIENT_ID.test(id)) throw invalid('Invalid resource id value.');
}
