import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EmulatorState } from '../state/emulator-state.ts';
import { decodeState, encodeState, type StateSnapshot } from './snapshot-codec.ts';

/** The saved state, or undefined when the file does not exist yet. */
export async function loadSnapshot(path: string): Promise<EmulatorState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeState(JSON.parse(text) as StateSnapshot);
}

/** Written beside the target and renamed over it, so a crash never leaves half a file. */
export async function saveSnapshot(path: string, state: EmulatorState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(temporary, JSON.stringify(encodeState(state)));
  await rename(temporary, path);
}
