export type { Clock } from './clock/clock.ts';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.ts';
export type { EmulatorSettings } from './settings/emulator-settings.ts';
