import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, localDataDir, repoRoot } from '../../../../libs/local-stack/src/index.ts';
import { busyPorts } from '../../stack/busy-ports.ts';
import { groupMembers } from '../../stack/stack-group.ts';
import { readManifest, type StackManifest } from '../../stack/stack-manifest.ts';
import type { PartDescription } from '../../stack/stack-part.ts';
import { stackPaths } from '../../stack/stack-paths.ts';
import { portDefaults } from '../../stack/stack-settings.ts';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * A stack of its own for one test file: its own folder under .data and free ports, so it never meets a developer's
 * `make up` or another test's stack. By default only the infrastructure (STACK_SERVICES=none); `services` names the
 * few a file needs (each adds a few seconds of start-up).
 */
export async function testStack(services = 'none') {
  const dir = join(localDataDir(), `stack-test-${randomUUID()}`);
  const ports = Object.fromEntries(
    await Promise.all(Object.keys(portDefaults).map(async (name) => [name, String(await freePort())])),
  );
  const env = { ...process.env, ...ports, STACK_DIR: dir, STACK_SERVICES: services };
  const paths = stackPaths(dir);
  const run = (script: 'up.ts' | 'down.ts' | 'status.ts'): Promise<CommandResult> => runStackCommand(script, env);

  return {
    env,
    paths,
    up: () => run('up.ts'),
    down: () => run('down.ts'),
    status: () => run('status.ts'),
    /** `make logs` of this stack, running until stopped; `output()` is what it printed so far. */
    logs: (extraEnv: NodeJS.ProcessEnv = {}) => followStackLogs({ ...env, ...extraEnv }),
    manifest: (): StackManifest => {
      const manifest = readManifest(paths.manifestFile);
      if (!manifest) throw new Error('no stack.json: the stack has not started');
      return manifest;
    },
    part: (name: string): PartDescription => {
      const part = readManifest(paths.manifestFile)?.parts.find((candidate) => candidate.name === name);
      if (!part) throw new Error(`${name} is not in stack.json`);
      return part;
    },
    /** The supervisor's pid, read from its first log line: it outlives the pid file, which a stop removes. */
    supervisorPid: (): number =>
      Number(/supervisor (\d+): starting/.exec(readFileSync(paths.supervisorLog, 'utf8'))?.[1]),
    supervisorLog: (): string => readFileSync(paths.supervisorLog, 'utf8'),
    /** Every live process of the stack: its process group is the supervisor's. */
    processes: (supervisorPid: number): number[] => groupMembers(supervisorPid),
    busyPorts: (parts: PartDescription[]) => busyPorts(parts),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type TestStack = Awaited<ReturnType<typeof testStack>>;

function followStackLogs(env: NodeJS.ProcessEnv) {
  const script = join(repoRoot(), 'deploy', 'local', 'stack', 'logs.ts');
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', script], { env, cwd: repoRoot() });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  return { output: () => output, stop: () => child.kill('SIGINT') };
}

function runStackCommand(script: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const startedAt = Date.now();
  const args = ['--conditions=@calbridge/source', join(repoRoot(), 'deploy', 'local', 'stack', script)];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env, cwd: repoRoot() }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      resolve({ code, stdout, stderr, seconds: (Date.now() - startedAt) / 1000 });
    });
  });
}
