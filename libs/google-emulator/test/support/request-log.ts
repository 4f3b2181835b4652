import type { TestEmulator } from './emulator-fixture.ts';

export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  principal: string | null;
  status: number;
}

const requestLog = async (emulator: TestEmulator) => (await emulator.control.get<LoggedRequest[]>('/requests')).body;

/** A position in the emulator's request log, so a test reads only the Calendar API calls it caused. */
export async function markRequests(emulator: TestEmulator) {
  const position = (await requestLog(emulator)).length;
  return { callsSince: async () => (await requestLog(emulator)).slice(position) };
}

export const eventCalls = (log: LoggedRequest[]) => log.filter((entry) => entry.path.endsWith('/events'));
