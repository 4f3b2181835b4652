import { join } from 'node:path';
import { localDataDir, repoRoot } from '../../../libs/local-stack/src/index.ts';

export interface StackPaths {
  repo: string;
  dir: string;
  pidFile: string;
  manifestFile: string;
  supervisorLog: string;
  logsDir: string;
  postgresDir: string;
  kafkaDir: string;
  emulatorSnapshot: string;
  emulatorDir: string;
}

/**
 * Where the running stack keeps its state: all under one folder (the git-ignored .data/stack unless STACK_DIR names
 * another), so a reset is one `rm -rf`.
 */
export function stackPaths(dir = join(localDataDir(), 'stack')): StackPaths {
  return {
    repo: repoRoot(),
    dir,
    pidFile: join(dir, 'supervisor.pid'),
    manifestFile: join(dir, 'stack.json'),
    supervisorLog: join(dir, 'supervisor.log'),
    logsDir: join(dir, 'logs'),
    postgresDir: join(dir, 'postgres'),
    kafkaDir: join(dir, 'kafka'),
    emulatorSnapshot: join(dir, 'google-emulator.json'),
    emulatorDir: join(repoRoot(), 'libs', 'google-emulator'),
  };
}
