import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { repoRoot } from '../../../libs/local-stack/src/index.ts';
import { type TestStack, testStack } from './support/test-stack.ts';

/**
 * `make demo` on a whole stack as `make up` starts it, while each service process is killed once (SIGKILL) right
 * after the step that gives it work, and the supervisor restarts it: every step's claim must still come true, and
 * nothing may appear twice. The demo checks its own claims (deploy/local/demo/narration.ts), so its exit code is
 * the verdict; this test adds what the demo cannot see from one step: duplicates across the whole story.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await testStack('booking-service,calendar-connector,availability-service,notification-service');
  const up = await stack.up();
  expect(up).toMatchObject({ code: 0 });
  console.log(`stack with services up in ${up.seconds} s`);
}, 180_000);

afterAll(async () => {
  await stack.down();
  stack.remove();
}, 90_000);

/** The first line matching each pattern kills that service: right after the work it must not lose was handed in. */
const killAfter: [RegExp, string][] = [
  [/POST \S+\/v1\/bookings .*→ 201/, 'calendar-connector'],
  [/adds "Team building"/, 'availability-service'],
  [/\/cancel → 200/, 'booking-service'],
  [/adds "Boiler repair"/, 'notification-service'],
];

test('when each service is killed once during the demo, then every step passes and nothing appears twice', async () => {
  const killed: string[] = [];
  const output: string[] = [];
  const demo = spawn(process.execPath, ['--conditions=@calbridge/source', join('deploy', 'local', 'demo', 'tour.ts')], {
    cwd: repoRoot(),
    env: stack.env,
  });
  createInterface({ input: demo.stdout }).on('line', (line) => {
    output.push(line);
    const next = killAfter[killed.length];
    if (!next?.[0].test(line)) return;
    process.kill(stack.part(next[1]).pid ?? 0, 'SIGKILL');
    killed.push(next[1]);
  });
  demo.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => demo.on('exit', resolve));

  expect(output.slice(-6).join('\n')).toContain('Every step passed');
  expect(code).toBe(0);
  expect(killed).toEqual(killAfter.map(([, service]) => service));
  for (const service of killed) expect(stack.part(service)).toMatchObject({ state: 'running', restarts: 1 });
  const inbox = (await (await fetch(`${stack.part('smtp-sink').address}/api/email`)).json()) as { subject: string }[];
  const subjects = inbox.map((mail) => mail.subject);
  expect(subjects.filter((subject) => /^Calendar conflict: .* in The Vault$/.test(subject))).toHaveLength(1);
  expect(subjects.filter((subject) => subject.startsWith('Reconnect Google Calendar'))).toHaveLength(1);
  for (const calendar of calendarViews(output)) {
    const view = (await (await fetch(calendar)).json()) as { events: { summary: string }[] };
    const summaries = view.events.map((event) => event.summary);
    expect(summaries).toEqual([...new Set(summaries)]);
  }
}, 300_000);

/** The calendars the demo told a person to look at. */
function calendarViews(output: string[]): string[] {
  const urls = output.flatMap((line) => /look: .* in Google: (\S+)/.exec(line)?.[1] ?? []);
  expect(urls.length).toBeGreaterThanOrEqual(2);
  return [...new Set(urls)];
}
