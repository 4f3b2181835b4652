import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the nearest folder above this file that holds pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('calbridge repo root not found above local-stack');
    dir = parent;
  }
  return dir;
}

export const kafkaJarsDir = (): string => join(repoRoot(), '.tools', 'kafka', 'libs');
export const localDataDir = (): string => join(repoRoot(), '.data');
