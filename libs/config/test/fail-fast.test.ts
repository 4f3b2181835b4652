import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const main = fileURLToPath(new URL('./fixtures/fail-fast-main.ts', import.meta.url));

describe('failFast', () => {
  test('when a required variable is missing at start-up, then the process exits 1 with a line naming it', () => {
    const run = spawnSync(process.execPath, ['--conditions=@calbridge/source', main], {
      cwd: packageRoot,
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as { level: number; problems: string[] };
    expect(entry.level).toBe(60);
    expect(entry.problems).toEqual([
      'PORT: required',
      'DATABASE_URL: required',
      'KAFKA_BROKERS: required',
      'AUTH_JWT_SECRET: required',
    ]);
  });
});
