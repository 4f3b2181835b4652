import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { eventually } from '../../../libs/testkit/src/eventually.ts';
import { probe } from '../stack/readiness-probe.ts';
import { type TestStack, testStack } from './support/test-stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
  const up = await stack.up();
  expect(up).toMatchObject({ code: 0 });
}, 150_000);

afterAll(async () => {
  await stack.down();
  stack.remove();
}, 90_000);

test('when the broker process is killed, then a second up names it as down, and it comes back and answers', async () => {
  const killed = stack.part('kafka');
  process.kill(killed.pid ?? 0, 'SIGKILL');
  await eventually(() => expect(stack.part('kafka').state).toBe('restarting'), 10_000);

  const up = await stack.up();

  expect(up.code).toBe(0);
  expect(up.stdout).toMatch(/- kafka is restarting \(last exit: kafka killed by SIGKILL; restart 1;/);
  const kafka = stack.part('kafka');
  expect(kafka).toMatchObject({ state: 'running', restarts: 1 });
  expect(kafka.pid).not.toBe(killed.pid);
  await probe(kafka.probe);
}, 150_000);

test('when the supervisor is killed and leaves its parts running, then down ends every one of them', async () => {
  const supervisor = stack.supervisorPid();
  const parts = await eventually(() => {
    const running = stack.manifest().parts;
    expect(running.map((part) => part.state)).toEqual(running.map(() => 'running'));
    return running;
  });
  process.kill(supervisor, 'SIGKILL');
  const partPids = parts.map((part) => part.pid);
  await eventually(() => expect(stack.processes(supervisor)).toEqual(expect.arrayContaining(partPids)));

  const down = await stack.down();

  expect(down.code).toBe(0);
  expect(down.stdout).toContain(`the supervisor (pid ${supervisor}) was gone; killed the`);
  expect(stack.processes(supervisor)).toEqual([]);
  expect(await stack.busyPorts(parts)).toEqual([]);
}, 90_000);
