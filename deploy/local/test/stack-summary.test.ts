import { expect, test } from '@jest/globals';
import type { PartDescription } from '../stack/stack-part.ts';
import { stackPaths } from '../stack/stack-paths.ts';
import { stackSummary } from '../stack/stack-summary.ts';

const part = (name: string, address: string, probe: string): PartDescription => ({
  name,
  address,
  probe: { http: `${address}${probe}` },
  log: `${stackPaths().logsDir}/${name}.log`,
  ports: [],
  restarts: 0,
  state: 'running',
});

test('when the stack is up, then the summary names every place a newcomer looks, aligned, and what to run next', () => {
  const parts = [
    part('google-emulator', 'http://127.0.0.1:8085', '/_emulator/settings'),
    part('smtp-sink', 'http://127.0.0.1:8025', '/api/healthz'),
    part('booking-service', 'http://127.0.0.1:8081', '/health/ready'),
    part('notification-service', 'http://127.0.0.1:8084', '/health/ready'),
  ];
  const manifest = { pid: 1, startedAt: '2026-11-29T23:00:00.000Z', jwtSecretFingerprint: '', parts };

  const lines = stackSummary(manifest, stackPaths(), 'the-token').split('\n');

  const from = lines.indexOf('where to look:');
  expect(lines.slice(from, from + 5)).toEqual([
    'where to look:',
    '  booking-service       http://127.0.0.1:8081/docs  http://127.0.0.1:8081/openapi.json',
    '  notification-service  http://127.0.0.1:8084/docs  http://127.0.0.1:8084/openapi.json',
    '  mail inbox            http://127.0.0.1:8025       MailDev: every e-mail the stack sent',
    '  Google emulator       http://127.0.0.1:8085       control API http://127.0.0.1:8085/_emulator',
  ]);
  expect(lines).toContain('  export CALBRIDGE_TOKEN=the-token');
  for (const command of ['demo', 'logs', 'status', 'down']) {
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^make ${command} +\\S`)));
  }
});
