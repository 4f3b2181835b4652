import type { EmulatorState } from '../state/emulator-state.ts';
import { saveSnapshot } from './snapshot-file.ts';

const DEBOUNCE_MS = 200;

export interface SnapshotWriter {
  /** Something changed: save soon, once for a burst of changes. */
  changed(): void;
  flush(): Promise<void>;
}

export function createSnapshotWriter(
  path: string,
  state: EmulatorState,
  onError: (error: unknown) => void,
): SnapshotWriter {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = undefined;
    writing = writing.catch(() => undefined).then(() => saveSnapshot(path, state));
    return writing;
  };
  return {
    changed() {
      if (timer !== undefined) return;
      timer = setTimeout(() => write().catch(onError), DEBOUNCE_MS);
      timer.unref();
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      await write();
    },
  };
}
