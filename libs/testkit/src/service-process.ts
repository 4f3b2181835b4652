import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, stopProcess, waitUntil } from '@calbridge/local-stack';

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM and wait; resolves with the exit code. */
  terminate(): Promise<number | null>;
}

/**
 * Runs a service's `src/main.ts` as a real process (what `make up` and a pod do) and waits for /health/ready. On a
 * free port, or on `port` when the service must know its own address in advance (the connector's PUBLIC_BASE_URL,
 * the push address it hands Google).
 */
export async function startServiceProcess(
  cwd: string,
  env: Record<string, string>,
  options: { port?: number } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', 'src/main.ts'], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(
    'service /health/ready',
    async () => {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output}`);
      const response = await fetch(`${url}/health/ready`);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    },
    30_000,
  );
  const terminate = async (): Promise<number | null> => {
    await stopProcess(child, 15_000);
    return child.exitCode;
  };
  return { url, child, output: () => output, terminate };
}

/** Runs `src/main.ts` to its end (for start-up failures); resolves with its exit code and output. */
export function runServiceProcess(cwd: string, env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', 'src/main.ts'], { cwd, env });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  child.stdout?.on('data', (chunk) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}
