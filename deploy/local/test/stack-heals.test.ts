import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createKafkaBus } from '../../../libs/messaging/src/index.ts';
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

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

test('when every part runs, then status lists each as ready and counts the letters in every dead-letter topic', async () => {
  const bus = createKafkaBus({ brokers: [stack.part('kafka').address], clientId: 'status-test', logger: quiet });
  const producer = await bus.producer();
  await producer.send([{ topic: 'booking.events.v1.dlq', key: 'room-1', value: '{}', headers: {} }]);
  await producer.disconnect();

  const status = await stack.status();

  expect(status.code).toBe(0);
  const lines = status.stdout.split('\n');
  for (const part of ['postgres', 'kafka', 'google-emulator', 'smtp-sink']) {
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${part} +running +\\d+ +0 +ready$`)));
  }
  expect(lines).toContainEqual(expect.stringMatching(/^ {2}booking\.events\.v1\.dlq +1 waiting$/));
  expect(lines).toContainEqual(expect.stringMatching(/^ {2}calendar\.events\.v1\.dlq +0$/));
}, 60_000);

test('when logs runs, then it shows each part’s last lines after its name, and follows lines written later', async () => {
  const logs = stack.logs({ LOGS: 'supervisor,google-emulator', NO_COLOR: '1' });
  try {
    await eventually(() => expect(logs.output()).toMatch(/^supervisor +│ \S+ all parts started$/m));
    const line = { level: 50, time: Date.now(), pid: 1, hostname: 'h', msg: 'calendar gone', eventType: 'X' };
    appendFileSync(stack.part('google-emulator').log, `${JSON.stringify(line)}\n`);

    await eventually(() =>
      expect(logs.output()).toMatch(/^google-emulator │ \[[\d:.]+\] ERROR: calendar gone \{"eventType":"X"\}$/m),
    );
    expect(logs.output()).not.toMatch(/^(postgres|kafka) /m);
  } finally {
    logs.stop();
  }
}, 60_000);

test('when a part is down, then status names it as not ready and exits 1', async () => {
  process.kill(stack.part('google-emulator').pid ?? 0, 'SIGKILL');
  await eventually(() => expect(stack.part('google-emulator').state).not.toBe('running'), 10_000);

  const status = await stack.status();

  expect(status.code).toBe(1);
  expect(status.stdout).toMatch(
    /^ {2}google-emulator +(restarting|starting) .*NOT READY: google-emulator killed by SIGKILL$/m,
  );
}, 60_000);

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
