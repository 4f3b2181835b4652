import { appendFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createKafkaBus } from '../../../libs/messaging/src/index.ts';
import { eventually } from '../../../libs/testkit/src/eventually.ts';
import { type TestStack, testStack } from './support/test-stack.ts';

let stack: TestStack;

/** What a person meets on a running stack: the SMTP sink's inbox, `make status` and `make logs`. */
beforeAll(async () => {
  // One service, so status has a /health/ready and a consumer group to report, and its migration runs as in `make up`.
  stack = await testStack('booking-service');
  const up = await stack.up();
  expect(up).toMatchObject({ code: 0 });
}, 120_000);

afterAll(async () => {
  await stack.down();
  stack.remove();
}, 90_000);

/** One message over a plain SMTP dialogue (RFC 5321), as any mail library would send it. */
async function sendMail(port: number, to: string, subject: string): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  const replies: string[] = [];
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\r\n');
    buffer = lines.pop() ?? '';
    replies.push(...lines.filter((line) => /^\d{3} /.test(line)));
  });
  const reply = async (count: number) => {
    while (replies.length < count) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const commands = [
    'EHLO test.local',
    'MAIL FROM:<notifications@calbridge.localhost>',
    `RCPT TO:<${to}>`,
    'DATA',
    `Subject: ${subject}\r\nFrom: notifications@calbridge.localhost\r\nTo: ${to}\r\n\r\nHello from the test.\r\n.`,
    'QUIT',
  ];
  await reply(1);
  for (const [index, command] of commands.entries()) {
    socket.write(`${command}\r\n`);
    await reply(index + 2);
  }
  socket.destroy();
  return replies;
}

test('when the stack is up, then its SMTP sink takes mail on SMTP_PORT and shows it in its web inbox', async () => {
  const sink = stack.part('smtp-sink');
  expect(sink).toMatchObject({
    state: 'running',
    ports: [Number(stack.env.SMTP_PORT), Number(stack.env.SMTP_WEB_PORT)],
  });

  const replies = await sendMail(Number(stack.env.SMTP_PORT), 'ops@partner.example', 'Calendar conflict');

  expect(replies.at(-2)).toMatch(/^250 /);
  const inbox = (await (await fetch(`${sink.address}/api/email`)).json()) as {
    subject: string;
    to: { address: string }[];
  }[];
  expect(inbox).toEqual([
    expect.objectContaining({
      subject: 'Calendar conflict',
      to: [expect.objectContaining({ address: 'ops@partner.example' })],
    }),
  ]);
  const page = await fetch(`${sink.address}/`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>MailDev</title>');
}, 60_000);

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

test('when every part runs, then status lists each as ready and counts the letters in every dead-letter topic', async () => {
  const bus = createKafkaBus({ brokers: [stack.part('kafka').address], clientId: 'status-test', logger: quiet });
  const producer = await bus.producer();
  await producer.send([{ topic: 'booking.events.v1.dlq', key: 'room-1', value: '{}', headers: {} }]);
  await producer.disconnect();

  const status = await stack.status();

  expect(status.code).toBe(0);
  const lines = status.stdout.split('\n');
  for (const part of ['postgres', 'kafka', 'google-emulator', 'smtp-sink', 'booking-service']) {
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${part} +running +\\d+ +0 +ready$`)));
  }
  expect(lines).toContainEqual(expect.stringMatching(/^ {2}booking-service +booking-service +0$/));
  expect(lines).toContainEqual(expect.stringMatching(/^ {2}booking\.events\.v1\.dlq +1 waiting$/));
  expect(lines).toContainEqual(expect.stringMatching(/^ {2}calendar\.events\.v1\.dlq +0$/));
}, 60_000);

test('when a service runs, then its API docs answer beside its OpenAPI document', async () => {
  const booking = stack.part('booking-service').address;

  const [docs, document] = await Promise.all([fetch(`${booking}/docs`), fetch(`${booking}/docs/json`)]);

  expect(docs.status).toBe(200);
  expect(await docs.text()).toContain('<title>booking-service API</title>');
  expect(await document.json()).toMatchObject({ info: { title: 'booking-service' } });
}, 30_000);

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

test('when a part stops answering, then status names it as not ready and why, and exits 1', async () => {
  // Stopped rather than killed: the supervisor still reports it running (a restart would race the check), only its
  // probe can tell.
  const emulator = stack.part('google-emulator');
  process.kill(emulator.pid ?? 0, 'SIGSTOP');
  try {
    const status = await stack.status();

    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/^ {2}google-emulator +running .* NOT READY: GET \S+\/_emulator\/settings: .+$/m);
    expect(status.stdout).toMatch(/^ {2}kafka +running +\d+ +0 +ready$/m);
  } finally {
    process.kill(emulator.pid ?? 0, 'SIGCONT');
  }
}, 60_000);
