import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { type TestStack, testStack } from './support/test-stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
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
