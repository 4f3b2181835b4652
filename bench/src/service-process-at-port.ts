import { spawn } from 'node:child_process';
import { stopProcess, waitUntil } from '@calbridge/local-stack';
import type { ServiceProcess } from '@calbridge/testkit';

/**
 * A service's `src/main.ts` as its own process on `env.PORT`, ready once /health/ready answers 200. testkit's
 * startServiceProcess picks a port of its own, which a service cannot be told in advance: the connector's
 * PUBLIC_BASE_URL (the push address it hands Google) must name the port it listens on.
 */
export async function startServiceProcessAtPort(cwd: string, env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--conditions=@calbridge/source', 'src/main.ts'], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${env.PORT}`;
  await waitUntil(
    'service /health/ready',
    async () => {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output}`);
      const response = await fetch(`${url}/health/ready`);
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    },
    30_000,
  );
  const terminate = async () => {
    await stopProcess(child, 15_000);
    return child.exitCode;
  };
  return { url, child, output: () => output, terminate };
}
