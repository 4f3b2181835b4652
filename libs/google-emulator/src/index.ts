export type { Clock } from './clock/clock.ts';
export { type ControlClient, type ControlResponse, controlClient } from './control-client.ts';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.ts';
export type { RequestLogEntry } from './requests/request-log.model.ts';
export type { EmulatorSettings } from './settings/emulator-settings.ts';
