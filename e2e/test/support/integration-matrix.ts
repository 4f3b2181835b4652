import type { DataScope, IntegrationMode } from './connect-room.ts';
import { connectLinkedRoom, type LinkedRoom } from './linked-room.ts';
import type { System } from './system-fixture.ts';

export const modes: IntegrationMode[] = ['bidirectional', 'to_calendar', 'from_calendar'];
export const dataScopes: DataScope[] = ['full', 'no_contact', 'name_only'];

/** spec §5 "Modes and direction". */
export const writesBookings = (mode: IntegrationMode) => mode !== 'from_calendar';
export const readsEvents = (mode: IntegrationMode) => mode !== 'to_calendar';

/** The nine set-ups, each labelled `<mode>/<data scope>`. */
export const combinations = modes.flatMap((mode) =>
  dataScopes.map((dataScope) => ({ mode, dataScope, label: `${mode}/${dataScope}` })),
);

/** Every mode × data scope, each set up by its own partner with its own room and calendar, all at once. */
export const connectMatrix = (system: System): Promise<LinkedRoom[]> =>
  Promise.all(combinations.map((combination) => connectLinkedRoom(system, combination)));
