import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo.ts';

/**
 * What the image runs, as node arguments in its /app folder. `start` is read from docker/Dockerfile itself; the
 * chart's hook Jobs must run the other two, which the chart tests check.
 */
export const imageCommands = {
  start: dockerfileCmd(),
  migrate: ['dist/src/db/migrate.js'],
  createTopics: [
    'node_modules/@calbridge/runtime/dist/src/cli/create-service-topics.js',
    '--service',
    'dist/src/service.js',
  ],
};

function dockerfileCmd(): string[] {
  const dockerfile = readFileSync(join(repoRoot, 'docker/Dockerfile'), 'utf8');
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
  if (!cmd) throw new Error('docker/Dockerfile has no CMD in JSON form');
  return JSON.parse(cmd) as string[];
}
