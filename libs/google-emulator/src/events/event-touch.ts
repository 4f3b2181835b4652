import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { nextEtag } from '../ids/etag-source.ts';
import type { StoredEvent } from './event.model.ts';

/** Every change gives the event a new etag and `updated` (reference §3.3). */
export function touchEvent(deps: EmulatorDeps, event: StoredEvent): void {
  event.etag = nextEtag(deps.state.etags, deps.clock);
  event.updated = Math.max(deps.clock.now(), event.updated);
}
