import type { EmulatorDeps } from '../app/emulator-deps.ts';
import type { Principal } from '../auth/principal.ts';
import { requireScope } from '../auth/scopes.ts';
import { notFound } from '../errors/api-errors.ts';

/**
 * channels.stop needs id and resourceId. A user's channel can be stopped only by that user; a service account's by
 * anyone of the same project (reference §4.4). Strangers are told the channel does not exist.
 */
export function stopChannel(deps: EmulatorDeps, principal: Principal, body: unknown): void {
  requireScope(principal, 'channels');
  const { id = '', resourceId } = (body ?? {}) as { id?: string; resourceId?: string };
  const channel = deps.state.channels.get(id);
  const allowed = channel?.creatorKind === 'serviceAccount' || channel?.creator === principal.email;
  if (channel === undefined || channel.resourceId !== resourceId || !allowed) {
    throw notFound(`Channel '${id}' not found for project 'calbridge-emulator'`);
  }
  channel.stopped = true;
  deps.state.channels.delete(id);
}
