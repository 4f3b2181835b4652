import type { DateTime } from 'luxon';
import type { PartnerApi } from '../../../services/calendar-connector/test/support/partner-api.ts';

/** The blocks availability-service shows the partner in a room between two instants (`busy` of kind `block`). */
export async function blocksShown(
  availability: PartnerApi,
  roomId: string,
  from: DateTime,
  to: DateTime,
): Promise<{ id: string; start: string; end: string }[]> {
  const window = `from=${from.toUTC().toISO()}&to=${to.toUTC().toISO()}`;
  const view = await availability.get(`/v1/rooms/${roomId}/availability?${window}`);
  if (view.status !== 200) throw new Error(`availability of ${roomId}: ${view.status} ${JSON.stringify(view.body)}`);
  return view.body.busy.filter((busy: { kind: string }) => busy.kind === 'block');
}
