import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { postgresPlacement } from '../../../libs/local-stack/src/postgres-placement.ts';
import { eventually } from '../../../libs/testkit/src/eventually.ts';
import { type TestStack, testStack } from './support/test-stack.ts';

let stack: TestStack;

beforeEach(async () => {
  stack = await testStack();
});

afterEach(async () => {
  await stack.down();
  stack.remove();
}, 90_000);

test('when Postgres fails while Kafka is still starting, then up fails with one line and nothing of the stack runs', async () => {
  // A cluster from another major version: Postgres refuses it at once, long before a broker is ready. Written where
  // the launcher will look for it, which for a clone in a closed folder is outside the repo.
  const { dataDir } = postgresPlacement(stack.paths.postgresDir);
  writeFileSync(join(dataDir, 'PG_VERSION'), '9.6\n');
  writeFileSync(join(dataDir, 'postgresql.conf'), '');

  const up = await stack.up();

  expect(up.code).toBe(1);
  expect(up.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^calbridge did not start: start-up failed: postgres .*incompatible with server/),
  ]);
  const supervisor = stack.supervisorPid();
  expect(stack.processes(supervisor)).toEqual([]);
  expect(await stack.busyPorts(kafkaAndEmulator())).toEqual([]);
  // Stopped where it stood: a broker left to finish its start-up would have logged that it got ready.
  expect(stack.supervisorLog()).not.toContain('kafka: ready');
}, 60_000);

test('when the supervisor gets SIGTERM while Kafka is still starting, then it stops everything it started', async () => {
  const up = stack.up();
  const supervisor = await eventually(() => {
    const pid = stack.supervisorPid();
    expect(stack.processes(pid).length).toBeGreaterThanOrEqual(3);
    return pid;
  });

  process.kill(supervisor, 'SIGTERM');

  expect(await up).toMatchObject({ code: 1, stderr: expect.stringMatching(/did not start: received SIGTERM/) });
  expect(stack.processes(supervisor)).toEqual([]);
  expect(await stack.busyPorts(kafkaAndEmulator())).toEqual([]);
  expect(stack.supervisorLog()).not.toContain('kafka: ready');
}, 60_000);

test('when the stack is not running, then status says so in one line and exits 1', async () => {
  const status = await stack.status();

  expect(status).toMatchObject({ code: 1, stdout: 'calbridge is not running (`make up` starts it)\n' });
});

function kafkaAndEmulator() {
  const port = (name: string) => Number(stack.env[name]);
  return [
    { name: 'kafka', ports: [port('KAFKA_PORT'), port('KAFKA_CONTROLLER_PORT')] },
    { name: 'google-emulator', ports: [port('EMULATOR_PORT')] },
  ].map((part) => ({ ...part, address: '', probe: { tcp: 0 }, log: '', restarts: 0, state: 'stopped' as const }));
}
