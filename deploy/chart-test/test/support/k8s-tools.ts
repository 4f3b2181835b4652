import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo.ts';

const bin = join(repoRoot, '.tools/bin');

/** Builds the chart's tools into .tools/ the first time (scripts/install-k8s-tools.sh); a no-op once they are there. */
export function installK8sTools(): void {
  execFileSync(join(repoRoot, 'scripts/install-k8s-tools.sh'), { stdio: ['ignore', 'ignore', 'inherit'] });
}

export const tool = (name: string): string => join(bin, name);

export const schemaDir = join(repoRoot, '.tools/k8s/schemas');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the tools to its end. */
export function run(name: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const result = spawnSync(tool(name), args, {
    cwd: repoRoot,
    encoding: 'utf8',
    input: options.input,
    env: options.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a tool without blocking the event loop (a test plays the Job controller meanwhile). */
export function runAsync(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const child = spawn(tool(name), args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
